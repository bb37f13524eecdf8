package org.chaosbench.runs.report.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.report.index.IndexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 5, item 4 and the acceptance "tests for every refusal": each refusal names the
 * problem, and a snapshot of every file and folder (content hash, size, modification time)
 * taken before equals the one taken after: nothing on disk changed.
 */
class RefusalTest {
    static final String ID = "20260301T100000Z_ollama_qwen2.5:14b";

    @TempDir
    Path tmp;

    private Path root;

    @BeforeEach
    void project() {
        root = tmp.resolve("project");
        PolicyGateTest.run(root, ID, "ab".repeat(32), "abcdef1", "null");
    }

    private PublishRequest request(Path run, Path out, boolean force, boolean allowExploratory) {
        return new PublishRequest(root, run, out, true, force, allowExploratory, null, List.of(), List.of(),
                IndexFormat.ORIGINAL);
    }

    private void publish(PublishRequest request) {
        RunPublisher.publish(request, RepublishReferenceRunsTest.CLOCK);
    }

    /** Runs {@code attempt}, which must throw {@code type} with {@code message}, and checks nothing changed. */
    private void refused(ThrowingCallable attempt, Class<? extends Throwable> type, String... message) {
        Map<String, String> before = Projects.snapshot(tmp);
        assertThatThrownBy(attempt).isInstanceOf(type).message().contains(message);
        assertThat(Projects.snapshot(tmp)).as("nothing on disk changed").isEqualTo(before);
    }

    @Test
    void anExistingDestinationWithoutForce() {
        publish(request(Path.of("runs", ID), null, false, true));
        Path dest = root.resolve("published_results/runs").resolve(ID);
        refused(() -> publish(request(Path.of("runs", ID), null, false, true)), InvalidInputException.class,
                dest.toString(), "already exists; nothing was changed. Pass --force");
    }

    @Test
    void anExploratoryRunWithoutTheFlag() {
        refused(() -> publish(request(Path.of("runs", ID), null, false, false)), PublishRefusedException.class,
                "the audit marks run " + ID + " EXPLORATORY; nothing was written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../evil", "..", "a/b", "a\\\\b", "x..y", ".hidden", "", "a\\u0007b", "a\\nb",
            "a\\u0085b"})
    void runIdsThatAreNotPlainFolderNames(String id) {
        Projects.write(root.resolve("runs/bad/run_manifest.json"), "{\"run_id\": \"" + id + "\"}");
        refused(() -> publish(request(Path.of("runs/bad"), null, false, true)), InvalidInputException.class,
                root.resolve("runs/bad/run_manifest.json").toString(), "; it names the published folder");
    }

    @Test
    void pathsThatGoUp() {
        refused(() -> publish(request(Path.of("runs/../runs", ID), null, false, true)), InvalidInputException.class,
                "--run must not contain \"..\"");
        refused(() -> publish(request(Path.of("runs", ID), Path.of("published_results/runs/../../../x"), false, true)),
                InvalidInputException.class, "--out must not contain \"..\"");
    }

    @Test
    void aRunFolderLinkedFromOutsideTheRunsFolder() throws Exception {
        Path outside = tmp.resolve("elsewhere");
        Projects.copyTree(root.resolve("runs").resolve(ID), outside.resolve(ID));
        Files.createSymbolicLink(root.resolve("runs/linked"), outside.resolve(ID));
        refused(() -> publish(request(Path.of("runs/linked"), null, false, true)), InvalidInputException.class,
                "is a symlink to " + outside.resolve(ID).toRealPath(), "outside the runs folder");
    }

    @Test
    void aRunFileLinkedToAFileOutsideTheRun() throws Exception {
        Projects.write(tmp.resolve("secret.txt"), "not for publication\n");
        Path metrics = root.resolve("runs").resolve(ID).resolve("metrics.json");
        Files.delete(metrics);
        Files.createSymbolicLink(metrics, tmp.resolve("secret.txt"));
        refused(() -> publish(request(Path.of("runs", ID), null, false, true)), InvalidInputException.class,
                metrics.toString(), "outside the run folder");
    }

    @Test
    void aRunOutsideTheProjectRoot() {
        Projects.copyTree(root.resolve("runs").resolve(ID), tmp.resolve("other/runs").resolve(ID));
        refused(() -> publish(request(tmp.resolve("other/runs").resolve(ID), null, false, true)),
                InvalidInputException.class, "outside the project root");
    }

    @Test
    void forceNeverReplacesAFolderThatIsNotAPublishedRun() {
        publish(request(Path.of("runs", ID), null, false, true));
        refused(() -> publish(request(Path.of("runs", ID), Path.of("published_results/runs"), true, true)),
                InvalidInputException.class, "is not a published run folder");
        refused(() -> publish(request(Path.of("runs", ID), Path.of("runs"), true, true)), InvalidInputException.class,
                "overlaps the run folder");
    }

    @Test
    void aFolderThatIsNotARun() {
        refused(() -> publish(request(Path.of("runs/none"), null, false, true)), InvalidInputException.class,
                "not a run folder");
        Projects.write(root.resolve("runs/empty/notes.txt"), "x");
        refused(() -> publish(request(Path.of("runs/empty"), null, false, true)), InvalidInputException.class,
                "run_manifest.json: missing");
    }
}
