package org.chaosbench.runs.report.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.audit.run.RunAuditor;
import org.chaosbench.runs.ingest.io.IsoTime;
import org.chaosbench.runs.ingest.policy.PolicyContext;
import org.chaosbench.runs.ingest.run.RunFiles;
import org.chaosbench.runs.ingest.run.RunManifest;
import org.chaosbench.runs.report.audit.ProjectPolicy;
import org.chaosbench.runs.report.index.IndexResult;
import org.chaosbench.runs.report.index.Leftovers;
import org.chaosbench.runs.report.index.PublishedDirLock;
import org.chaosbench.runs.report.index.PublishedIndex;

/**
 * publish-run (FORMATS 7; RUNS_POLICY 2b, 3, 8): copies a run's lightweight files into
 * published_results, writes the receipt and regenerates the index. Every check (paths, the
 * policy gate, an existing destination) comes before the first write, so a refusal changes
 * nothing; the copy is staged beside the destination and moved into place in one rename, under
 * the published dir's lock.
 */
public final class RunPublisher {
    static final List<String> COPIED = List.of(RunManifest.FILE_NAME, RunFiles.METRICS, RunFiles.SUMMARY);
    static final String SUMMARY_JSON = "summary.json";
    static final String GZ = "predictions_subset.jsonl.gz";

    private RunPublisher() {
    }

    /**
     * @throws org.chaosbench.runs.ingest.io.InvalidInputException for a bad path, run id or manifest, or an
     *         existing destination without {@code force}
     * @throws PublishRefusedException when the audit marks the run EXPLORATORY and that is not allowed
     */
    public static PublishResult publish(PublishRequest request, Clock clock) {
        Path root = request.root().toAbsolutePath().normalize();
        Path runDir = PublishPaths.resolve(root, request.run(), "--run");
        PublishPaths.checkRunDir(root, runDir);
        RunFiles files = new RunFiles(runDir);
        RunManifest manifest = RunManifest.read(files.manifest());
        String runId = manifest.runIdOr(runDir);
        PublishPaths.checkRunId(runId, manifest.runId() != null ? files.manifest() : runDir);
        for (String name : List.of(RunManifest.FILE_NAME, RunFiles.METRICS, RunFiles.SUMMARY, SUMMARY_JSON,
                RunFiles.PREDICTIONS)) {
            PublishPaths.checkInsideRun(runDir, runDir.resolve(name));
        }
        Path destination = request.out() != null ? PublishPaths.resolve(root, request.out(), "--out")
                : root.resolve(PublishRequest.DEFAULT_PUBLISHED_DIR).resolve(runId);
        PublishPaths.checkDestination(runDir, destination, request.force());

        PolicyContext context = ProjectPolicy.load(root, request.freezeManifest(), request.promptHashes(),
                request.subsetSizes());
        RunAudit audit = RunAuditor.audit(new DiscoveredRun(runDir, DiscoveredRun.Source.RUNS), context,
                BiasThresholds.DEFAULTS);
        if (!audit.verdict().official() && !request.allowExploratory()) {
            throw new PublishRefusedException("refusing to publish " + runDir + ": the audit marks run " + runId
                    + " EXPLORATORY; nothing was written. Fix the run, or pass --allow-exploratory to publish it "
                    + "labelled exploratory", audit.verdict().reasons());
        }
        SubsetRun subset = SubsetRun.of(audit, context);

        Path publishedDir = destination.getParent();
        try (PublishedDirLock lock = PublishedDirLock.acquire(publishedDir)) {
            Leftovers.clean(publishedDir);
            // Checked again under the lock: another publish may have created it meanwhile.
            PublishPaths.checkDestination(runDir, destination, request.force());
            PublishReceipt receipt = stageAndInstall(request, root, runDir, runId, destination, audit, subset,
                    clock);
            IndexResult index = PublishedIndex.regenerate(publishedDir, request.indexFormat(), () -> context);
            List<String> warnings = new ArrayList<>();
            // Findings never block a publish (the verdict does), but a person should see them.
            audit.findings().forEach(f -> warnings.add("source run: " + f.severity().name().toLowerCase(
                    java.util.Locale.ROOT) + " " + f.code() + ": " + f.message()));
            warnings.addAll(index.warnings());
            return new PublishResult(destination, receipt, subset.reason(), index, warnings);
        }
    }

    private static PublishReceipt stageAndInstall(PublishRequest request, Path root, Path runDir, String runId,
            Path destination, RunAudit audit, SubsetRun subset, Clock clock) {
        List<String> copied = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        StagedFolder staged = StagedFolder.create(destination);
        try {
            for (String name : COPIED) {
                if (Files.isRegularFile(runDir.resolve(name))) {
                    staged.copy(runDir.resolve(name));
                    copied.add(name);
                } else {
                    skipped.add(name + " (missing)");
                }
            }
            if (Files.isRegularFile(runDir.resolve(SUMMARY_JSON))) {
                staged.copy(runDir.resolve(SUMMARY_JSON));
                copied.add(SUMMARY_JSON);
            }
            if (request.compressPredictions()) {
                Path predictions = runDir.resolve(RunFiles.PREDICTIONS);
                if (!subset.subset()) {
                    skipped.add("predictions.jsonl.gz (skipped: not a subset run)");
                } else if (Files.isRegularFile(predictions)) {
                    staged.gzip(predictions, GZ);
                    copied.add(GZ);
                } else {
                    skipped.add(GZ + " (skipped: predictions.jsonl missing)");
                }
            }
            PublishReceipt receipt = new PublishReceipt(IsoTime.isoUtc(clock.instant()),
                    PublishPaths.relativeToRoot(root, runDir), runId, copied, skipped, request.compressPredictions(),
                    audit.verdict(), PublishReceipt.portableReasons(audit.verdict(), root), subset.subset());
            receipt.write(staged.dir().resolve(PublishReceipt.FILE_NAME));
            staged.install();
            return receipt;
        } catch (RuntimeException e) {
            staged.discard();
            throw e;
        }
    }
}
