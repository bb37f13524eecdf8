package org.chaosbench.runs.ingest.audit.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chaosbench.runs.ingest.io.Git;

/**
 * Asks git which files under the runs folder are tracked (RUNS_POLICY 2a: live runs are never
 * committed) and writes the command that untracks them while keeping the files.
 */
public final class GitTrackedRuns {
    private GitTrackedRuns() {
    }

    /**
     * The run folders (relative to the repository root) holding tracked files, or null when
     * {@code projectRoot} is not inside a git work tree or git is unavailable.
     */
    public static List<String> find(Path projectRoot, Path runsDir) {
        Git.Answer inside = Git.run(projectRoot, "rev-parse", "--is-inside-work-tree");
        if (!inside.ok() || !inside.out().strip().equals("true")) {
            return null;
        }
        Git.Answer top = Git.run(projectRoot, "rev-parse", "--show-toplevel");
        if (!top.ok()) {
            return null;
        }
        Path repo = Path.of(top.out().strip()).toAbsolutePath().normalize();
        Path runs = runsDir.toAbsolutePath().normalize();
        if (!runs.startsWith(repo)) {
            return List.of();
        }
        String relative = repo.relativize(runs).toString().replace('\\', '/');
        Git.Answer files = Git.run(repo, "ls-files", "-z", "--", relative.isEmpty() ? "." : relative);
        if (!files.ok()) {
            return null;
        }
        Set<String> folders = new LinkedHashSet<>();
        for (String file : files.out().split("\0")) {
            if (!file.isEmpty()) {
                Path parent = Path.of(file).getParent();
                folders.add(parent == null ? file : parent.toString().replace('\\', '/'));
            }
        }
        return new ArrayList<>(folders);
    }

    /** {@code git rm -r --cached -- 'a' 'b'}, each path single-quoted for a POSIX shell. */
    public static String untrackCommand(List<String> paths) {
        StringBuilder command = new StringBuilder("git rm -r --cached --");
        for (String p : paths) {
            command.append(" '").append(p.replace("'", "'\\''")).append('\'');
        }
        return command.toString();
    }
}
