package org.chaosbench.runs.report.paper;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.report.AuditReport;
import org.chaosbench.runs.ingest.audit.run.AuditContext;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.RunAuditor;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.audit.run.RunDiscovery;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.policy.PolicyContext;
import org.chaosbench.runs.report.audit.ProjectPolicy;
import org.chaosbench.runs.report.template.TemplateEngine;

/**
 * The {@code paper-assets} operation as both front ends run it: discover the runs, audit each
 * under the project's policy, write the assets. Relative paths are resolved against the root.
 *
 * @param publishedDir null for none
 * @param templateDir null for the bundled templates only
 * @param freezeManifest relative to the root; null for the default
 */
public record PaperAssetsTask(Path root, Path runsDir, Path publishedDir, Path outDir, Path templateDir,
        List<String> promptHashes, List<Long> subsetSizes, String freezeManifest) {

    public static final String DEFAULT_RUNS_DIR = "runs";
    public static final String DEFAULT_OUT_DIR = "artifacts/paper_assets";

    public PaperAssetsTask {
        promptHashes = promptHashes == null ? List.of() : List.copyOf(promptHashes);
        subsetSizes = subsetSizes == null ? List.of() : List.copyOf(subsetSizes);
    }

    public PaperAssets.Result run() {
        Path runs = root.resolve(runsDir);
        Path published = publishedDir == null ? null : root.resolve(publishedDir);
        if (!java.nio.file.Files.isDirectory(runs) && (published == null || !java.nio.file.Files.isDirectory(published))) {
            throw new InvalidInputException(runs, "no runs folder here" + (published == null ? "" : " nor at "
                    + published) + "; give --runs-dir (and --published-dir) pointing at existing folders");
        }
        // Templates are checked first: a bad --template-dir must fail before any work is done.
        TemplateEngine engine = TemplateEngine.withOverrides(templateDir == null ? null : root.resolve(templateDir));
        PolicyContext context = ProjectPolicy.load(root, freezeManifest, promptHashes, subsetSizes);
        AuditContext audit = AuditContext.of(context, BiasThresholds.DEFAULTS);
        List<RunAudit> audits = new ArrayList<>();
        for (DiscoveredRun run : RunDiscovery.discover(runs, published)) {
            audits.add(RunAuditor.audit(run, audit));
        }
        // Paper assets print neither the time nor the recomputed SHA, so neither is computed here.
        AuditReport report = AuditReport.build(audits, Instant.EPOCH, audit.freezeSha(), "");
        return PaperAssets.write(report, root.resolve(outDir), engine);
    }
}
