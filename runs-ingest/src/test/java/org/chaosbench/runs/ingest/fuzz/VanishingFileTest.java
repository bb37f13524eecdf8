package org.chaosbench.runs.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.audit.run.RunAuditor;
import org.chaosbench.runs.ingest.dataset.Dataset;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.TextLines;
import org.chaosbench.runs.ingest.policy.GitQuery;
import org.chaosbench.runs.ingest.policy.PolicyContext;
import org.chaosbench.runs.ingest.run.PredictionsFile;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * Files that vanish or shrink while a reader is at them (issue 8, item 3, the reader part).
 * The timing is made deterministic where the platform allows: a reader's own line callback
 * truncates the file mid-read, and named pipes (FIFOs) hold a reader inside one file while the
 * test removes the next. Only the last test races two threads, and its assertion holds
 * whichever wins.
 */
class VanishingFileTest {
    private static final String ITEM = "{\"id\": \"%s\", \"question\": \"Is the logistic map at r=4 chaotic?\", "
            + "\"ground_truth\": \"TRUE\", \"type\": \"atomic\", \"system_id\": \"logistic_r4\", \"template\": \"V2\"}\n";

    @TempDir(factory = MemoryTempDir.class)
    Path tmp;

    @Test
    void aFileTruncatedWhileItIsReadIsAnErrorNamingFileAndLineNeverAShorterResult() throws IOException {
        Path file = tmp.resolve("items.jsonl");
        writeItems(file, 2000); // about 280 KB: several read chunks
        long size = Files.size(file);
        List<Integer> seen = new ArrayList<>();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TextLines.forEach(file, (n, text) -> {
            if (n == 1) {
                // Another process cuts the file at a line boundary: the lines read so far would pass for all of it.
                truncate(file, 1000L * (size / 2000));
            }
            seen.add(n);
        }));
        assertThat(e).as("the read must fail, not return %d of 2000 lines", seen.size()).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isGreaterThan(1);
        assertThat(e.getMessage()).startsWith(file + ":" + e.line() + ": changed while it was read")
                .contains("had " + size + " bytes when opened");
        assertThat(seen).hasSizeLessThan(2000);
    }

    @Test
    void aFileDeletedWhileItIsReadIsStillReadWhole() throws IOException {
        // POSIX keeps an unlinked file readable through the open handle: the reader sees one
        // consistent snapshot, which is the right answer (no error, nothing missing).
        Path file = tmp.resolve("items.jsonl");
        writeItems(file, 2000);
        List<Integer> seen = new ArrayList<>();
        TextLines.forEach(file, (n, text) -> {
            if (n == 1) {
                delete(file);
            }
            seen.add(n);
        });
        assertThat(file).doesNotExist();
        assertThat(seen).hasSize(2000);
    }

    @Test
    void aDatasetFileRemovedWhileTheOneBeforeItIsReadIsAClearError() throws Exception {
        Files.createDirectories(tmp.resolve("data"));
        Files.writeString(tmp.resolve(Selector.DEFAULT_PATH), "{\"files\": [\"data/first.jsonl\", \"data/second.jsonl\"]}");
        Path first = fifo(tmp.resolve("data/first.jsonl"));
        Path second = tmp.resolve("data/second.jsonl");
        writeItems(second, 3);
        CompletableFuture<Object> load = CompletableFuture.supplyAsync(() -> {
            try {
                return Dataset.load(Selector.read(tmp, Selector.DEFAULT_PATH));
            } catch (RuntimeException e) {
                return e;
            }
        });
        // Opening the pipe waits until the reader is inside the first file; only then is the second removed.
        try (OutputStream out = Files.newOutputStream(first)) {
            out.write(String.format(ITEM, "a0").getBytes(StandardCharsets.UTF_8));
            Files.delete(second);
        }
        Object result = load.get(60, TimeUnit.SECONDS);
        assertThat(result).isInstanceOf(InvalidInputException.class);
        InvalidInputException e = (InvalidInputException) result;
        assertThat(e.file()).isEqualTo(second);
        assertThat(e.getMessage()).isEqualTo(second + ": file not found");
    }

    @Test
    void aRunWhoseFilesVanishDuringTheAuditGetsFindingsNotAnException() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("runs/r1"));
        Path manifest = fifo(run.resolve(RunManifest.FILE_NAME));
        Files.writeString(run.resolve("metrics.json"), "{\"total\": 1, \"valid\": 1, \"invalid\": 0, \"correct\": 1}");
        Files.writeString(run.resolve("predictions.jsonl"), OK_RECORD);
        Path noGit = Path.of("/nonexistent-fuzz-project");
        PolicyContext context = new PolicyContext(noGit, null, null, Set.of(), Set.of(), List.of(), new GitQuery(noGit), null);
        CompletableFuture<RunAudit> audit = CompletableFuture.supplyAsync(() ->
                RunAuditor.audit(new DiscoveredRun(run, DiscoveredRun.Source.RUNS), context, BiasThresholds.DEFAULTS));
        try (OutputStream out = Files.newOutputStream(manifest)) {
            out.write("{\"run_id\": \"r1\", \"total_items_evaluated\": 1}".getBytes(StandardCharsets.UTF_8));
            Files.delete(run.resolve("metrics.json"));
            Files.delete(run.resolve("predictions.jsonl"));
        }
        RunAudit a = audit.get(60, TimeUnit.SECONDS);
        assertThat(a.runId()).isEqualTo("r1");
        // (No dataset in this project: the SHA recompute fails too, a finding of its own.)
        assertThat(a.findingCodes()).containsExactly("metrics-missing", "predictions-missing", "sha-recompute-failed");
        assertThat(a.findings()).filteredOn(f -> !f.code().startsWith("sha-"))
                .allSatisfy(f -> assertThat(f.message()).contains(run.toString()));
    }

    @Test
    void predictionsTruncatedByAnotherThreadGiveEveryRecordOrAClearErrorNeverFewer() throws Exception {
        assertThat(Path.of("/proc/self/fd")).as("/proc, to see when the reader has the file open").isDirectory();
        Path file = tmp.resolve("predictions.jsonl");
        int rows = 60_000;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < rows; i++) {
                out.write(OK_RECORD.replace("\"a1\"", "\"a" + i + "\"").getBytes(StandardCharsets.UTF_8));
            }
        }
        long cut = Files.size(file) / 10 / OK_RECORD.length() * OK_RECORD.length(); // near a line boundary
        int errors = 0;
        for (int trial = 0; trial < 3; trial++) {
            Path copy = tmp.resolve("p" + trial + ".jsonl");
            Files.copy(file, copy);
            CompletableFuture<Object> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return PredictionsFile.read(copy);
                } catch (RuntimeException e) {
                    return e;
                }
            });
            waitUntilOpen(copy, read);
            truncate(copy, cut);
            Object result = read.get(120, TimeUnit.SECONDS);
            if (result instanceof InvalidInputException e) {
                errors++;
                assertThat(e.file()).isEqualTo(copy);
                // Cut after the size was taken at open: detected. Cut between the open and that
                // moment: the reader saw the shorter file from the start, and its cut last line
                // is reported as such; either way never a silently shorter result.
                assertThat(e.problem()).matches("(changed while it was read|malformed JSON).*");
                assertThat(e.line()).isPositive();
            } else {
                // The reader finished before the cut landed: then it must have every row.
                assertThat(result).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(rows);
            }
        }
        System.out.println("truncation race: " + errors + " of 3 reads were cut mid-file and refused");
    }

    private static final String OK_RECORD = "{\"id\": \"a1\", \"question\": \"q\", \"ground_truth\": \"TRUE\", "
            + "\"pred_text\": \"TRUE\", \"parsed_label\": \"TRUE\", \"outcome\": \"VALID_TRUE\", \"correct\": true, "
            + "\"latency_s\": 0.5, \"task_family\": \"atomic\", \"split\": null, \"retry_pred_text\": null, "
            + "\"retry_outcome\": null, \"meta\": {\"parse_reason\": \"final line token\", \"parse_confidence\": 0.9}}\n";

    private static void waitUntilOpen(Path file, CompletableFuture<?> reader) throws Exception {
        Path real = file.toRealPath();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!reader.isDone() && System.nanoTime() < deadline) {
            try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
                if (fds.anyMatch(fd -> {
                    try {
                        return Files.readSymbolicLink(fd).equals(real);
                    } catch (IOException | UnsupportedOperationException e) {
                        return false; // closed meanwhile
                    }
                })) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
    }

    private static Path fifo(Path p) throws Exception {
        // mkfifo (coreutils) is on every machine the build runs on: its absence fails the test
        // instead of skipping it, so these scenarios can never go silently unchecked.
        Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        assertThat(mk.waitFor(30, TimeUnit.SECONDS) && mk.exitValue() == 0).as("mkfifo %s", p).isTrue();
        return p;
    }

    private static void writeItems(Path file, int n) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(String.format(ITEM, "item_" + i));
        }
        Files.writeString(file, sb.toString());
    }

    private static void truncate(Path file, long size) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
