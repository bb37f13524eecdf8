package org.chaosbench.runs.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaosbench.runs.ingest.policy.Fixtures.commit;
import static org.chaosbench.runs.ingest.policy.Fixtures.git;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitRuleTest {
    @TempDir
    Path tmp;

    private Path repo;
    private String first;
    private String tagged;
    private String afterTag;
    private String feature;

    /** master: first - tagged (v2.0) - afterTag; branch feature off afterTag with one commit. */
    @BeforeEach
    void buildARepository() {
        repo = tmp.resolve("project");
        Fixtures.initRepo(repo);
        Fixtures.write(repo.resolve("README.md"), "one\n");
        first = commit(repo, "first");
        Fixtures.write(repo.resolve("README.md"), "two\n");
        tagged = commit(repo, "release");
        git(repo, "tag", "-a", "v2.0", "-m", "v2.0");
        afterTag = commit(repo, "after the tag");
        git(repo, "checkout", "-q", "-b", "feature");
        feature = commit(repo, "feature work");
        git(repo, "checkout", "-q", "master");
    }

    private RuleResult check(Path root, String commit) {
        return new GitCommitRule().check(Fixtures.official("x", commit), PolicyContext.load(root, null, Set.of(), Set.of()));
    }

    @Test
    void aTaggedCommitOnMasterPasses() {
        assertThat(check(repo, tagged)).isEqualTo(
                RuleResult.pass("git_commit", "commit " + tagged + " is on master and contained in tag v2.0"));
        assertThat(check(repo, first)).isEqualTo(
                RuleResult.pass("git_commit", "commit " + first + " is on master and contained in tag v2.0"));
    }

    @Test
    void aCommitAfterTheLastTagFails() {
        assertThat(check(repo, afterTag)).isEqualTo(RuleResult.fail("git_commit", "commit " + afterTag
                + " is on master but no tag contains it; tag a release at or after it, or re-run from a tagged commit"));
    }

    @Test
    void aCommitOnlyOnAFeatureBranchFailsEvenWhenTagged() {
        git(repo, "tag", "feature-tag", feature);
        assertThat(check(repo, feature)).isEqualTo(RuleResult.fail("git_commit", "commit " + feature
                + " is not on master (nor origin/master); merge it and tag a release, or re-run from a tagged commit on master"));
    }

    @Test
    void originMasterCountsWhenThereIsNoLocalMaster() {
        Path clone = tmp.resolve("clone");
        git(tmp, "clone", "-q", "--no-local", repo.toString(), clone.toString());
        git(clone, "checkout", "-q", "-b", "work");
        git(clone, "branch", "-D", "master");
        assertThat(check(clone, tagged)).isEqualTo(
                RuleResult.pass("git_commit", "commit " + tagged + " is on origin/master and contained in tag v2.0"));
    }

    @Test
    void anUnknownCommitFails() {
        assertThat(check(repo, "abcdef1")).isEqualTo(RuleResult.fail("git_commit", "commit abcdef1 is unknown to the "
                + "repository (never pushed, or history rewritten); run `git fetch --tags origin` or re-run from a "
                + "tagged commit on master"));
        // Not a hash at all: unknown too, and never passed to git as an option.
        assertThat(check(repo, "--all").reason()).startsWith("commit --all is unknown to the repository");
    }

    @Test
    void aShallowCloneFails() {
        Path shallow = tmp.resolve("shallow");
        git(tmp, "clone", "-q", "--depth", "1", "file://" + repo, shallow.toString());
        assertThat(check(shallow, afterTag)).isEqualTo(RuleResult.fail("git_commit", "commit " + afterTag
                + " cannot be traced: the repository is a shallow clone; run `git fetch --unshallow --tags` and audit again"));
    }

    @Test
    void noRepositoryFails() {
        Path plain = tmp.resolve("plain");
        Fixtures.write(plain.resolve("x.txt"), "x");
        assertThat(check(plain, tagged)).isEqualTo(RuleResult.fail("git_commit", "commit " + tagged
                + " cannot be traced: " + plain + " is not a git repository; audit from a clone of the project"));
    }

    @Test
    void noMasterBranchFails() {
        git(repo, "checkout", "-q", "-b", "main");
        git(repo, "branch", "-D", "master");
        assertThat(check(repo, tagged)).isEqualTo(RuleResult.fail("git_commit", "commit " + tagged
                + " cannot be traced: the repository has no master or origin/master branch; fetch master and audit again"));
    }

    @Test
    void aMissingCommitFails() {
        assertThat(check(repo, null)).isEqualTo(RuleResult.fail("git_commit", "git_commit is missing from the manifest "
                + "(the run was made outside a git checkout), so its code cannot be traced; re-run from a tagged commit on master"));
    }
}
