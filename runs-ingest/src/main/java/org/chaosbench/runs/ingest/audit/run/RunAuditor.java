package org.chaosbench.runs.ingest.audit.run;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.audit.BiasReport;
import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.LabelCounts;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.dataset.KnownDatasets;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.metrics.Confusion;
import org.chaosbench.runs.ingest.policy.PolicyContext;
import org.chaosbench.runs.ingest.policy.PolicyEvaluator;
import org.chaosbench.runs.ingest.policy.RuleResult;
import org.chaosbench.runs.ingest.policy.Verdict;
import org.chaosbench.runs.ingest.run.RunFiles;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * Audits one run folder (FORMATS 8.4). It never throws for bad run content: one broken run
 * must not sink the audit of the others (issue 4, item 8), so every problem becomes a
 * {@link Finding} on that run and the figures are computed from whatever could be read.
 */
public final class RunAuditor {
    private RunAuditor() {
    }

    /** One run alone (publish, site): a fresh context, nothing shared with other runs. */
    public static RunAudit audit(DiscoveredRun run, PolicyContext context, BiasThresholds thresholds) {
        return audit(run, AuditContext.of(context, thresholds));
    }

    public static RunAudit audit(DiscoveredRun run, AuditContext audit) {
        PolicyContext context = audit.policy();
        BiasThresholds thresholds = audit.thresholds();
        RunFiles files = new RunFiles(run.dir());
        List<Finding> findings = new ArrayList<>();

        RunManifest manifest = readManifest(files, findings);
        StoredMetrics stored = readMetrics(files, manifest, findings);
        PredictionTally tally = readPredictions(files, run.source(), audit.items(), findings);
        ShaCheck sha = manifest == null ? ShaCheck.NONE : checkSha(manifest, audit, findings);
        LatencyStats latency = tally == null ? null : tally.latency();
        checkLatency(files, latency, findings);
        if (Files.exists(files.checkpoint())) {
            findings.add(Finding.warning("checkpoint-leftover", files.checkpoint()
                    + " is still there: the run was interrupted or crashed before writing its final files"));
        }

        Long expected = manifest == null ? null : manifest.totalItemsEvaluated();
        Boolean linesMatch = null;
        if (tally != null && expected != null) {
            linesMatch = tally.lines() == expected;
            if (!linesMatch) {
                findings.add(Finding.error("predictions-count-mismatch", "Line count mismatch: " + files.predictions()
                        + " has " + tally.lines() + " lines, " + files.manifest() + " total_items_evaluated says "
                        + expected));
            }
        }
        if (tally != null && tally.duplicates() > 0) {
            findings.add(Finding.warning("predictions-duplicate-ids", files.predictions() + ": " + tally.duplicates()
                    + " row(s) repeat an id already seen"));
        }
        // As in analyze_runs: a stored correct of 0 is not checked, and a difference of 1 is tolerated.
        if (tally != null && stored.correct() != null && stored.correct() != 0
                && Math.abs(stored.correct() - tally.correct()) > 1) {
            findings.add(Finding.error("metrics-correct-mismatch", "Metric recompute mismatch: " + files.metrics()
                    + " field correct=" + stored.correct() + ", recomputed from " + files.predictions() + "="
                    + tally.correct()));
        }

        Long total = stored.total() != null ? stored.total() : expected;
        Double coverage = round4(stored.coverage());
        Long valid = stored.valid() != null ? stored.valid()
                : coverage != null && total != null ? Math.round(coverage * total) : null;
        Long invalid = stored.invalid() != null ? stored.invalid()
                : total != null && valid != null ? total - valid : null;
        Double accuracy = round4(stored.accuracyValid());

        LabelCounts labels = tally == null ? null : tally.labels();
        Confusion confusion = labels == null ? null : labels.confusion();
        BiasReport bias = labels == null ? null : BiasReport.of(labels, thresholds);
        Map<String, FamilyAuditRow> families = tally != null ? tally.familyRows(stored.perFamily(), thresholds)
                : storedFamilies(stored, thresholds);
        Map<String, Long> categories = new LinkedHashMap<>();
        if (tally != null) {
            tally.invalidCategories().forEach((c, n) -> categories.put(c.key(), n));
        }

        String provider = manifest == null ? null : manifest.provider();
        int slash = provider == null ? -1 : provider.indexOf('/');
        return new RunAudit(run.dir(), run.source(), manifest,
                manifest == null ? run.dir().getFileName().toString() : manifest.runIdOr(run.dir()),
                slash < 0 ? provider : provider.substring(0, slash),
                slash < 0 ? provider : provider.substring(slash + 1),
                manifest != null && manifest.canonicalSelector() != null
                        && manifest.canonicalSelector().endsWith("canonical_v2_files.json"),
                manifest != null && RunScope.maxItemsUnset(manifest),
                manifest != null && RunScope.isFullRun(manifest, context),
                total, valid, invalid, accuracy, round4(stored.effectiveAccuracy()), round4(stored.balancedAccuracy()),
                round4(stored.mcc()), coverage, confusion, bias, tally == null ? 0 : tally.duplicates(), linesMatch,
                tally == null ? List.of() : tally.invalidIds(), categories,
                tally == null ? null : tally.throughputQps(), families,
                wilson(stored, tally, valid, accuracy), verdict(manifest, files, context, findings), findings, sha,
                tally == null ? null : tally.outcomes(), latency);
    }

    /**
     * FORMATS 8.4: the stored SHA against the freeze SHA and against the legacy formula over
     * the run's own selector; a legacy match is a warning (same data, old formula), no match
     * an error.
     */
    private static ShaCheck checkSha(RunManifest manifest, AuditContext audit, List<Finding> findings) {
        String stored = manifest.datasetGlobalSha256();
        String freeze = audit.freezeSha();
        RunMethodShas.Result runMethod = audit.runMethodShas().of(manifest.canonicalSelector());
        boolean matchesFreeze = stored != null && stored.equals(freeze);
        boolean matchesRunMethod = stored != null && stored.equals(runMethod.sha());
        if (runMethod.failure() != null) {
            findings.add(Finding.error("sha-recompute-failed", "SHA recompute (run method) failed: "
                    + runMethod.failure()));
        }
        String frozenLegacy = audit.policy().frozenDataset() == null ? null : audit.policy().frozenDataset().legacySha();
        if (!matchesFreeze && (matchesRunMethod || (stored != null && stored.equals(frozenLegacy)))) {
            findings.add(Finding.warning("sha-legacy-formula", "dataset_global_sha256 " + first16(stored)
                    + "\u2026 is the legacy formula's SHA (path:sha without the line count) of "
                    + (matchesRunMethod ? "the dataset named by " + manifest.canonicalSelector() : "the frozen dataset")
                    + ": same data, old fingerprint; the freeze SHA is "
                    + (freeze.isEmpty() ? "absent" : first16(freeze) + "\u2026")));
        } else if (!matchesFreeze && freeze.isEmpty() && stored != null && stored.equals(runMethod.counted())) {
            // The original calls this a mismatch (freeze SHA ""); it is the data on disk, only not frozen.
            findings.add(Finding.warning("sha-not-frozen", "dataset_global_sha256 " + first16(stored)
                    + "\u2026 is the SHA of the dataset on disk, but there is no freeze manifest to check it against"));
        } else if (!matchesFreeze && runMethod.failure() == null) {
            findings.add(Finding.error("sha-mismatch", "SHA mismatch: stored=" + first16(stored) + "\u2026 recomputed_run="
                    + first16(runMethod.sha()) + "\u2026 freeze=" + first16(freeze) + "\u2026 (stored: "
                    + KnownDatasets.describe(stored) + ")"));
        }
        return new ShaCheck(matchesFreeze, matchesRunMethod);
    }

    private static String first16(String sha) {
        return sha == null ? "null" : sha.length() > 16 ? sha.substring(0, 16) : sha;
    }

    /** Latencies no clock gives, and stalls far beyond the median answer time. */
    private static void checkLatency(RunFiles files, LatencyStats latency, List<Finding> findings) {
        if (latency == null) {
            return;
        }
        if (latency.impossible() > 0) {
            findings.add(Finding.error("latency-impossible", files.predictions() + ": " + latency.impossible()
                    + " latency_s value(s) negative, NaN or infinite: the timing of this run cannot be trusted"));
        }
        if (latency.hasStall()) {
            findings.add(Finding.warning("latency-stall", String.format(java.util.Locale.ROOT,
                    "%s: slowest answer %.1f s against a median of %.3f s (p99 %.3f s): the server stalled or "
                            + "retries piled up; check the provider's logs before comparing timings",
                    files.predictions(), latency.max(), latency.median(), latency.p99())));
        }
    }

    private static RunManifest readManifest(RunFiles files, List<Finding> findings) {
        try {
            RunManifest m = RunManifest.read(files.manifest());
            if (m.totalItemsEvaluated() == null) {
                // The original crashes comparing the line count with None; here the check is skipped.
                findings.add(Finding.error("manifest-total-null", files.manifest()
                        + ": total_items_evaluated is null or missing, so the predictions count cannot be checked"));
            }
            return m;
        } catch (InvalidInputException | UncheckedIOException e) {
            findings.add(Finding.error("manifest-unreadable", e.getMessage()));
            return null;
        }
    }

    /** metrics.json, else the manifest's metrics_summary (rates only), else nothing. */
    private static StoredMetrics readMetrics(RunFiles files, RunManifest manifest, List<Finding> findings) {
        if (Files.isRegularFile(files.metrics())) {
            try {
                return StoredMetrics.of(JsonFiles.readObject(files.metrics()));
            } catch (InvalidInputException | UncheckedIOException e) {
                findings.add(Finding.error("metrics-unreadable", e.getMessage() + "; using the manifest's metrics_summary"));
            }
        } else {
            findings.add(Finding.warning("metrics-missing", files.metrics() + " missing; using the manifest's metrics_summary"));
        }
        JsonNode summary = manifest == null ? null : manifest.metricsSummary();
        return StoredMetrics.of(summary);
    }

    /**
     * The predictions tally, or null without a readable file. A published run carries no
     * predictions by design (FORMATS 7: publish-run copies manifest, metrics, summary and
     * receipt only), so there a missing file is a warning; under runs/ it is an error.
     */
    private static PredictionTally readPredictions(RunFiles files, DiscoveredRun.Source source, ItemIndex index,
            List<Finding> findings) {
        if (!Files.isRegularFile(files.predictions())) {
            findings.add(source == DiscoveredRun.Source.PUBLISHED
                    ? Finding.warning("predictions-missing", files.predictions()
                            + " missing (published runs carry no predictions): no confusion or bias figures")
                    : Finding.error("predictions-missing", files.predictions()
                            + " missing: no confusion or bias figures"));
            return null;
        }
        try {
            PredictionTally tally = PredictionTally.read(files.predictions(), index);
            findings.addAll(tally.findings());
            return tally;
        } catch (InvalidInputException | UncheckedIOException e) {
            findings.add(Finding.error("predictions-unreadable", e.getMessage()));
            return null;
        }
    }

    private static Map<String, FamilyAuditRow> storedFamilies(StoredMetrics stored, BiasThresholds thresholds) {
        Map<String, FamilyAuditRow> rows = new java.util.TreeMap<>(org.chaosbench.runs.ingest.io.CodePointOrder.INSTANCE);
        stored.perFamily().forEach((name, s) -> rows.put(name, FamilyTally.storedOnly(name, s, thresholds)));
        return rows;
    }

    /**
     * Wilson on (correct, valid): correct as stored, else recounted, else recovered from the
     * rounded accuracy (published runs store only rates in the manifest); null without valid.
     */
    private static WilsonInterval wilson(StoredMetrics stored, PredictionTally tally, Long valid, Double accuracy) {
        if (valid == null || valid < 0) {
            return null;
        }
        Long correct = stored.correct() != null ? stored.correct()
                : tally != null ? Long.valueOf(tally.correct())
                : accuracy != null ? Long.valueOf(Math.round(accuracy * valid)) : null;
        if (correct == null) {
            return null;
        }
        return WilsonInterval.of(Math.max(0, Math.min(correct, valid)), valid);
    }

    /** The policy verdict; a run without a readable manifest cannot meet any criterion. */
    private static Verdict verdict(RunManifest manifest, RunFiles files, PolicyContext context,
            List<Finding> findings) {
        if (manifest == null) {
            return Verdict.of(List.of(RuleResult.fail("manifest", files.manifest()
                    + " could not be read, so no policy criterion can be checked; fix or regenerate the manifest")));
        }
        try {
            return PolicyEvaluator.evaluate(manifest, context);
        } catch (RuntimeException e) {
            // A rule tripping over an odd manifest must not end the audit of the other runs.
            findings.add(Finding.error("policy-failed", files.manifest() + ": the policy check failed: " + e));
            return Verdict.of(List.of(RuleResult.fail("policy", "the policy check failed (" + e.getMessage()
                    + "); fix the manifest and re-run the audit")));
        }
    }

    private static Double round4(Double x) {
        return x == null ? null : PyRound.round(x, 4);
    }
}
