package org.chaosbench.runs.eval.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderClaimTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final Function<Instant, String> IDS = t -> "run-" + t.getEpochSecond();

    @TempDir
    Path out;

    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theRunFolderAppearsWithWhatTheFillWrote() throws IOException {
        Path dir = RunFolderClaim.claim(out, IDS, START, staged -> write(staged.resolve(".eval_settings.json"), "{}"));
        assertThat(dir).isEqualTo(out.resolve(IDS.apply(START)));
        assertThat(dir.resolve(".eval_settings.json")).hasContent("{}");
        assertThat(entries()).containsExactly(dir.getFileName().toString());
    }

    @Test
    void aTakenSecondMovesOnToTheNextOne() throws IOException {
        Path first = RunFolderClaim.claim(out, IDS, START, staged -> write(staged.resolve("a"), "1"));
        Path second = RunFolderClaim.claim(out, IDS, START, staged -> write(staged.resolve("a"), "2"));
        assertThat(second).isEqualTo(out.resolve(IDS.apply(START.plusSeconds(1))));
        assertThat(first.resolve("a")).hasContent("1");
        assertThat(second.resolve("a")).hasContent("2");
    }

    @Test
    void aFailedFillLeavesNothing() throws IOException {
        assertThatThrownBy(() -> RunFolderClaim.claim(out, IDS, START, staged -> {
            write(staged.resolve("a"), "half");
            throw new IllegalStateException("disk full");
        })).hasMessage("disk full");
        assertThat(entries()).isEmpty();
    }

    @Test
    void claimsOfProcessesThatNoLongerRunAreRemovedAndLiveOnesKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path abandoned = Files.createDirectories(out.resolve(".claim-" + gone.pid() + "-123"));
        write(abandoned.resolve(".eval_settings.json"), "{}");
        Path live = Files.createDirectories(out.resolve(".claim-" + ProcessHandle.current().pid() + "-456"));
        Path dir = RunFolderClaim.claim(out, IDS, START, staged -> write(staged.resolve("a"), "1"));
        assertThat(entries()).containsExactly(live.getFileName().toString(), dir.getFileName().toString());
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
