package org.chaosbench.runs.ingest.policy;

import java.util.List;

import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * RUNS_POLICY 1, criterion 5: the code that produced the run is traceable to a tagged commit
 * on master, i.e. the commit is an ancestor of master (or origin/master) and some tag contains
 * it. Every way git cannot answer (no repository, shallow clone, unknown commit) is a failed
 * criterion with its own reason, because a crash would hide the other runs' verdicts.
 */
public final class GitCommitRule implements PolicyRule {
    public static final String NAME = "git_commit";

    @Override
    public RuleResult check(RunManifest manifest, PolicyContext context) {
        String commit = manifest.gitCommit();
        if (commit == null || commit.isBlank()) {
            return RuleResult.fail(NAME, "git_commit is missing from the manifest (the run was made outside a git "
                    + "checkout), so its code cannot be traced; re-run from a tagged commit on master");
        }
        GitQuery git = context.git();
        if (git == null || !git.isRepository()) {
            return RuleResult.fail(NAME, "commit " + commit + " cannot be traced: " + context.projectRoot()
                    + " is not a git repository; audit from a clone of the project");
        }
        if (git.isShallow()) {
            return RuleResult.fail(NAME, "commit " + commit + " cannot be traced: the repository is a shallow clone; "
                    + "run `git fetch --unshallow --tags` and audit again");
        }
        String full = git.resolve(commit);
        if (full == null) {
            return RuleResult.fail(NAME, "commit " + commit + " is unknown to the repository (never pushed, or "
                    + "history rewritten); run `git fetch --tags origin` or re-run from a tagged commit on master");
        }
        String branch = git.masterContaining(full);
        if (branch == null) {
            return RuleResult.fail(NAME, git.hasMaster()
                    ? "commit " + commit + " is not on master (nor origin/master); merge it and tag a release, "
                            + "or re-run from a tagged commit on master"
                    : "commit " + commit + " cannot be traced: the repository has no master or origin/master branch; "
                            + "fetch master and audit again");
        }
        List<String> tags = git.tagsContaining(full);
        if (tags.isEmpty()) {
            return RuleResult.fail(NAME, "commit " + commit + " is on " + branch + " but no tag contains it; "
                    + "tag a release at or after it, or re-run from a tagged commit");
        }
        return RuleResult.pass(NAME, "commit " + commit + " is on " + branch + " and contained in tag " + tags.get(0));
    }
}
