package org.chaosbench.runs.ingest.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chaosbench.runs.ingest.io.Git;
import org.chaosbench.runs.ingest.io.Git.Answer;

/**
 * The git questions the commit rule asks. Unlike {@code io.Git}, which only reads output, some
 * answers here are exit codes ({@code merge-base --is-ancestor} prints nothing), so every call
 * reports both; any failure to run git is an answer ("no"), never an exception. Answers are
 * remembered: one audit or site build asks the same questions for every run of a commit, and
 * the repository does not change meanwhile (a git process per question and run made a
 * 1,000-run site build take most of a minute).
 */
public final class GitQuery {
    private final Path root;
    private final java.util.Map<List<String>, Answer> answers = new java.util.concurrent.ConcurrentHashMap<>();

    public GitQuery(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Whether {@code root} is inside a git work tree. */
    public boolean isRepository() {
        if (root == null || !Files.isDirectory(root)) {
            return false;
        }
        Answer a = run("rev-parse", "--is-inside-work-tree");
        return a.ok() && a.out().equals("true");
    }

    /** A shallow clone lacks history, so ancestry and tag answers would be wrong. */
    public boolean isShallow() {
        Answer a = run("rev-parse", "--is-shallow-repository");
        return a.ok() && a.out().equals("true");
    }

    /** The full hash of {@code commit} (short hashes accepted), or null when git does not know it. */
    public String resolve(String commit) {
        // "--end-of-options" would be cleaner but the value is checked instead, so that
        // a manifest cannot smuggle an option into the command line.
        if (commit == null || !commit.matches("[0-9a-fA-F]{4,64}")) {
            return null;
        }
        Answer a = run("rev-parse", "--verify", "--quiet", commit + "^{commit}");
        return a.ok() && !a.out().isEmpty() ? a.out() : null;
    }

    /** The first of {@code master}, {@code origin/master} that exists and contains the commit, or null. */
    public String masterContaining(String fullCommit) {
        for (String branch : List.of("master", "origin/master")) {
            if (run("rev-parse", "--verify", "--quiet", branch + "^{commit}").ok()
                    && run("merge-base", "--is-ancestor", fullCommit, branch).ok()) {
                return branch;
            }
        }
        return null;
    }

    /** Whether a {@code master} or {@code origin/master} branch exists at all. */
    public boolean hasMaster() {
        return run("rev-parse", "--verify", "--quiet", "master^{commit}").ok()
                || run("rev-parse", "--verify", "--quiet", "origin/master^{commit}").ok();
    }

    /** Tags whose history contains the commit, in git's order; empty when none or on failure. */
    public List<String> tagsContaining(String fullCommit) {
        Answer a = run("tag", "--contains", fullCommit);
        return a.ok() && !a.out().isEmpty() ? a.out().lines().map(String::strip).toList() : List.of();
    }

    private Answer run(String... args) {
        return answers.computeIfAbsent(List.of(args), a -> Git.run(root, args));
    }
}
