package org.chaosbench.runs.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fingerprint of a large file counts lines on helper threads; once it is done they must go
 * away soon (RunnerLoadTest found them alive a minute after an evaluation ended).
 */
class FileFingerprintThreadsTest {
    @TempDir
    Path tmp;

    @Test
    void lineCounterThreadsEndSoonAfterTheFingerprint() throws Exception {
        Path file = tmp.resolve("big.jsonl");
        String line = "{\"id\": \"x\", \"question\": \"" + "q".repeat(200) + "\"}\n";
        Files.writeString(file, line.repeat(20_000), StandardCharsets.UTF_8); // about 4.5 MB: several chunks
        FileFingerprint f = FileFingerprint.of(file);
        assertThat(f.lines()).isEqualTo(20_000);
        assertThat(counters()).as("the line counter ran on its own thread").isPositive();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (counters() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(counters()).as("line-counter threads alive 10 s after the fingerprint").isZero();
    }

    private static long counters() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("chaosbench-line-counter"))
                .count();
    }
}
