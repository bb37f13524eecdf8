package org.chaosbench.runs.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A git repository in a test project: one commit on master with a tag, so runs made "there" are traceable. */
final class Git {
    private Git() {
    }

    /** Initialises {@code root}, commits, tags {@code v1}; the commit's full hash. */
    static String taggedMaster(Path root) throws IOException, InterruptedException {
        git(root, "init", "-q", "-b", "master");
        git(root, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "test");
        git(root, "tag", "v1");
        return git(root, "rev-parse", "HEAD").strip();
    }

    private static String git(Path root, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", root.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
