package org.chaosbench.runs.report.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalProgress;
import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.eval.runner.Evaluations;
import org.chaosbench.runs.eval.runner.RunInputs;
import org.chaosbench.runs.ingest.ReferenceData;
import org.chaosbench.runs.ingest.TestGit;
import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.report.ChecklistItem;
import org.chaosbench.runs.ingest.audit.report.PairwiseComparison;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.io.InvalidInputException;

/** The whole audit stage over real runs made by the runner in a real tagged git repository. */
class AuditJobTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path project;

    private void git(String... args) {
        TestGit.git(project, args);
    }

    /** The embedded dataset, its freeze manifest and prompts, committed and tagged on master. */
    private void taggedProject() throws Exception {
        ReferenceData.copyTree(ReferenceData.projectRoot().resolve("data"), project.resolve("data"));
        ReferenceData.copyTree(ReferenceData.projectRoot().resolve("artifacts/freeze"), project.resolve("artifacts/freeze"));
        git("init", "-q", "-b", "master");
        git("add", "data", "artifacts");
        git("commit", "-q", "-m", "dataset");
        git("tag", "v0.1.0");
    }

    private EvalRun.Result evaluate(String provider) {
        EvalOptions o = new EvalOptions();
        o.provider = provider;
        RunInputs planned = RunInputs.of(project, o, ApiKeys.none());
        return Evaluations.evaluate(project, project.resolve("runs"), planned, ApiKeys.none(), EvalProgress.NONE,
                Clock.systemUTC());
    }

    private AuditRequest request(FailOn failOn) {
        return new AuditRequest(project, project.resolve("runs"), project.resolve("published_results/runs"),
                project.resolve("artifacts/runs_audit"), project.resolve("artifacts/paper_assets"), null, List.of(),
                List.of(), BiasThresholds.DEFAULTS, failOn, null, 2);
    }

    @Test
    void baselinesInATaggedRepositoryAreOfficialComparedAndReported() throws Exception {
        taggedProject();
        evaluate("always-true");
        evaluate("always-false");
        evaluate("random");

        AuditResult result = AuditJob.run(request(FailOn.ERROR), CLOCK);
        List<RunAudit> runs = result.report().runs();
        assertThat(runs).hasSize(3).allSatisfy(r -> {
            assertThat(r.verdict().official()).as(r.runId() + " " + r.verdict().reasons()).isTrue();
            assertThat(r.verdict().results()).hasSize(5).allSatisfy(c -> assertThat(c.passed()).isTrue());
            assertThat(r.findingCodes()).as(r.runId()).isEmpty();
        });
        assertThat(result.failed()).isFalse();
        // The embedded dataset is 50% TRUE: always-true is right on exactly the TRUE half.
        RunAudit alwaysTrue = runs.stream().filter(r -> r.runId().contains("always-true")).findFirst().orElseThrow();
        assertThat(alwaysTrue.confusion().tp()).isEqualTo(536);
        assertThat(alwaysTrue.bias().labelBiased()).isTrue();
        // One item set, three pairs; always-true and always-false disagree on every item, 536 each way: p = 1.
        assertThat(result.report().pairGroups()).containsExactly(List.of(0, 1, 2));
        PairwiseComparison trueFalse = result.report().pairs().stream()
                .filter(p -> runs.get(p.first()).runId().contains("always-") && runs.get(p.second()).runId().contains("always-"))
                .findFirst().orElseThrow();
        assertThat(List.of(trueFalse.firstOnly(), trueFalse.secondOnly())).containsExactly(536L, 536L);
        assertThat(trueFalse.pValue()).isEqualTo(1.0);
        assertThat(result.checklist()).filteredOn(c -> c.risk().equals("Run folders tracked by git"))
                .singleElement().extracting(ChecklistItem::status).isEqualTo(ChecklistItem.Status.PASS);

        String md = Files.readString(project.resolve("artifacts/runs_audit/RUNS_AUDIT.md"));
        assertThat(md).startsWith("# ChaosBench-Logic — Runs Audit Report\n_Generated: 2026-11-29T12:00:00Z_\n\n---\n")
                .endsWith("\n").contains("**3 OFFICIAL**, **0 EXPLORATORY**");
        List<Integer> positions = new ArrayList<>();
        for (String header : List.of("## 0. Top-Line", "## 1. Run Inventory", "## 2. Bias", "## 3. SHA",
                "## 4. Invalid", "## 5. Per-Family", "## 6. extended_systems", "## 7. Consistency", "## 8. 'What Could",
                "## 9. Performance", "## 10. Suggested Fixes", "## 11. Pairwise")) {
            positions.add(md.indexOf("\n" + header));
        }
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(md).contains("| Run folders tracked by git | ✅ PASS |").contains("Nothing to fix");

        JsonNode audit = new ObjectMapper().readTree(project.resolve("artifacts/runs_audit/audit.json").toFile());
        assertThat(audit.get("sha_match").asBoolean()).isTrue();
        assertThat(audit.get("checklist")).hasSize(11);
        assertThat(audit.get("pairwise").get(0).get("tests")).hasSize(3);
        assertThat(audit.get("runs").get(0).get("verdict").asText()).isEqualTo("OFFICIAL");
        assertThat(Files.readAllLines(project.resolve("artifacts/paper_assets/baselines_table.csv"))).hasSize(4);
    }

    @Test
    void anExploratoryPublishedRunFailsOnlyUnderItsFailOnMode() throws Exception {
        taggedProject();
        Path run = evaluate("always-true").runDir();
        // Published from a commit nobody tagged: the git criterion fails.
        Path published = project.resolve("published_results/runs/p1");
        Files.createDirectories(published);
        for (String f : List.of("run_manifest.json", "metrics.json", "summary.md")) {
            Files.copy(run.resolve(f), published.resolve(f));
        }
        Path manifest = published.resolve("run_manifest.json");
        String text = Files.readString(manifest);
        String commit = new ObjectMapper().readTree(text).get("git_commit").asText();
        Files.writeString(manifest, text.replace("\"git_commit\": \"" + commit + "\"", "\"git_commit\": \"deadbee\""));

        assertThat(AuditJob.run(request(FailOn.NONE), CLOCK).failed()).isFalse();
        assertThat(AuditJob.run(request(FailOn.ERROR), CLOCK).failed()).isFalse();
        AuditResult gated = AuditJob.run(request(FailOn.EXPLORATORY_PUBLISHED), CLOCK);
        assertThat(gated.failed()).isTrue();
        assertThat(gated.failureMessage()).startsWith("1 published run(s) are EXPLORATORY").contains(published.toString())
                .contains("deadbee");
        // The reports are written before the verdict is applied, so the failure can be read in them.
        assertThat(Files.readString(project.resolve("artifacts/runs_audit/RUNS_AUDIT.md"))).contains("EXPLORATORY");
    }

    @Test
    void hostileRunDataCannotBreakTheMarkdown() throws Exception {
        taggedProject();
        Path run = evaluate("always-false").runDir();
        Path manifest = run.resolve("run_manifest.json");
        String id = new ObjectMapper().readTree(Files.readString(manifest)).get("run_id").asText();
        String hostile = "x` | <img src=x onerror=alert(1)> | [y](javascript:z)";
        Files.writeString(manifest, Files.readString(manifest).replace("\"run_id\": \"" + id + "\"",
                "\"run_id\": " + new ObjectMapper().writeValueAsString(hostile)));
        AuditJob.run(request(FailOn.NONE), CLOCK);
        String md = Files.readString(project.resolve("artifacts/runs_audit/RUNS_AUDIT.md"));
        String inventoryRow = md.lines().filter(l -> l.contains("onerror") && l.contains(" | runs |"))
                .findFirst().orElseThrow();
        // In a code span with a longer fence and escaped pipes: one cell, shown literally.
        assertThat(inventoryRow).startsWith("| ``x` \\| <img src=x onerror=alert(1)> \\| [y](javascript:z)`` |");
        // Everywhere else (checklist notes) the text is backslash-escaped: no tag, no link, no cell break.
        assertThat(md.lines().filter(l -> l.contains("onerror"))).hasSizeGreaterThan(3).allSatisfy(l ->
                assertThat(l.contains("``x` \\| <img") || l.contains("\\<img src=x onerror=alert\\(1\\)\\>"))
                        .as(l).isTrue());
        assertThat(inventoryRow.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(14);
    }

    @Test
    void brokenConfigurationIsAnErrorBeforeAnythingIsWritten() throws Exception {
        taggedProject();
        Files.writeString(project.resolve("artifacts/freeze/v2_freeze_manifest.json"), "{ not json");
        assertThatThrownBy(() -> AuditJob.run(request(FailOn.NONE), CLOCK)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("v2_freeze_manifest.json");
        assertThat(project.resolve("artifacts/runs_audit")).doesNotExist();
    }

    @Test
    void theReferenceRunsAreAuditedWithReasonsLegacyShasNamedAndSubsetsApart() throws IOException {
        Path root = ReferenceData.reference("dataset");
        Path out = project.resolve("out");
        AuditRequest request = new AuditRequest(root, ReferenceData.reference("real_runs"),
                ReferenceData.reference("published_results/runs"), out, project.resolve("paper"), null,
                List.of("5881f664c444e3d3"), List.of(1000L, 5000L), BiasThresholds.DEFAULTS, FailOn.NONE, null, 2);
        AuditResult result = AuditJob.run(request, CLOCK);
        List<RunAudit> runs = result.report().runs();
        assertThat(runs).hasSize(12).allSatisfy(r -> assertThat(r.verdict().reasons()).isNotEmpty());
        assertThat(runs).filteredOn(r -> "00ec17e31193de42c525ff3c8f166b4b59fae2c2631fa84a4c78b33fb01f9374"
                .equals(r.manifest().datasetGlobalSha256())).isNotEmpty().allSatisfy(r -> assertThat(r.verdict().reasons())
                        .anySatisfy(reason -> assertThat(reason).contains("the legacy formula's SHA of the ChaosBench-Logic v2")));
        assertThat(runs).filteredOn(r -> r.totalItems() == 1000 || r.totalItems() == 5000)
                .hasSize(7).noneMatch(RunAudit::isFullRun);
        String md = Files.readString(out.resolve("RUNS_AUDIT.md"));
        assertThat(md).contains("**0 OFFICIAL**, **12 EXPLORATORY**");
        assertThat(Files.readString(project.resolve("paper/baselines_table.csv"))).hasLineCount(1);

        // Without sizes given, the max_items criterion still tells the 1k and 5k runs apart from
        // full runs: the reference dataset folder has no freeze manifest, so its canonical files
        // are counted, and the sizes are those of its documented subsets under data/subsets.
        AuditRequest undocumented = new AuditRequest(root, ReferenceData.reference("real_runs"),
                ReferenceData.reference("published_results/runs"), project.resolve("out2"), project.resolve("paper2"),
                null, List.of("5881f664c444e3d3"), List.of(), BiasThresholds.DEFAULTS, FailOn.NONE, null, 2);
        assertThat(AuditJob.run(undocumented, CLOCK).report().runs())
                .filteredOn(r -> r.totalItems() == 1000 || r.totalItems() == 5000).hasSize(7)
                .allSatisfy(r -> assertThat(r.verdict().results()).filteredOn(c -> c.rule().equals("max_items"))
                        .singleElement().satisfies(c -> assertThat(c.reason()).contains(
                                "fewer than the 16342 items of the canonical files on disk (no freeze manifest)",
                                "not a full run", "the size of the documented subset data/subsets/subset_")));
    }
}
