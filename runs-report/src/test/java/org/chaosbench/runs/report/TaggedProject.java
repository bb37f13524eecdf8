package org.chaosbench.runs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalProgress;
import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.eval.runner.Evaluations;
import org.chaosbench.runs.ingest.TestGit;

/**
 * A copy of this project's embedded dataset, prompt and freeze manifest in a git repository
 * whose master is tagged, so that runs made there by the real runner meet every criterion of
 * the runs policy (OFFICIAL): what a release of the project looks like.
 */
public final class TaggedProject {
    public static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();

    private TaggedProject() {
    }

    /** Fills {@code root} (an empty folder) and commits and tags it. */
    public static Path create(Path root) throws IOException {
        Files.createDirectories(root.resolve("data/prompts"));
        try (var files = Files.newDirectoryStream(PROJECT.resolve("data"), "*.json*")) {
            for (Path f : files) {
                Files.copy(f, root.resolve("data").resolve(f.getFileName()));
            }
        }
        Files.copy(PROJECT.resolve("data/prompts/default.json"), root.resolve("data/prompts/default.json"));
        Files.createDirectories(root.resolve("artifacts/freeze"));
        Files.copy(PROJECT.resolve("artifacts/freeze/v2_freeze_manifest.json"),
                root.resolve("artifacts/freeze/v2_freeze_manifest.json"));
        TestGit.git(root, "init", "-q", "-b", "master");
        TestGit.git(root, "add", "-A");
        TestGit.git(root, "commit", "-q", "-m", "dataset");
        TestGit.git(root, "tag", "v1.0");
        return root;
    }

    /** An offline baseline run of the whole embedded dataset into {@code <root>/runs}. */
    public static EvalRun.Result eval(Path root, String provider, Clock clock) {
        EvalOptions o = new EvalOptions();
        o.provider = provider;
        return Evaluations.evaluate(root, Path.of("runs"), o, null, ApiKeys.none(), EvalProgress.NONE, clock);
    }
}
