package org.chaosbench.runs.report.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.report.index.IndexResult;

/**
 * What a publish did.
 *
 * @param warnings audit findings of the source run and index warnings: worth reading, not fatal
 */
public record PublishResult(Path destination, PublishReceipt receipt, String subsetReason, IndexResult index,
        List<String> warnings) {

    public PublishResult {
        warnings = List.copyOf(warnings);
    }

    /** The lines the front ends print. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Published " + receipt.runId() + " to " + destination);
        lines.add("  verdict: " + receipt.verdict().kind() + " (" + String.join("; ", receipt.verdict().reasons()) + ")");
        lines.add("  scope: " + subsetReason);
        lines.add("  copied: " + String.join(", ", receipt.artifactsCopied()));
        if (!receipt.artifactsSkipped().isEmpty()) {
            lines.add("  skipped: " + String.join(", ", receipt.artifactsSkipped()));
        }
        lines.add(index.summary());
        return lines;
    }
}
