package org.chaosbench.runs.ingest.console;

import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.dataset.FileFingerprint;
import org.chaosbench.runs.ingest.dataset.FreezeCheck;
import org.chaosbench.runs.ingest.dataset.FreezeManifest;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.ValidationReport;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.metrics.RunMetrics;

/**
 * The lines the command line and the Maven goals print for each operation, written once so
 * that both front ends say the same thing.
 */
public final class ConsoleReports {
    private ConsoleReports() {
    }

    /** One line per file, then the global SHA alone on the last line (scripts read it). */
    public static List<String> fingerprint(GlobalFingerprint fp) {
        List<String> lines = new ArrayList<>();
        fp.files().forEach((path, f) -> lines.add(fileLine(path, f)));
        lines.add("global_sha256 (" + (fp.formula() == GlobalFingerprint.Formula.LEGACY
                ? "legacy formula, path:sha" : "path:sha:count") + "):");
        lines.add(fp.sha256());
        return lines;
    }

    private static String fileLine(String path, FileFingerprint f) {
        return f.sha256() + "  " + path + "  (count=" + f.lines() + ")";
    }

    public static List<String> validation(ValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (ValidationReport.FileSummary f : report.files()) {
            lines.add(String.format("%-45s %7s items  %6s TRUE  %6s FALSE", f.path(),
                    PyRound.thousands(f.items()), PyRound.thousands(f.trueCount()), PyRound.thousands(f.falseCount())));
        }
        lines.add("");
        lines.add(String.format("%-28s %7s %9s", "family", "items", "TRUE rate"));
        report.families().forEach((family, c) -> lines.add(String.format("%-28s %7s %9s", family,
                PyRound.thousands(c.items()), PyRound.fixed(c.trueRate(), 3))));
        lines.add("");
        if (report.ok()) {
            lines.add("OK: " + PyRound.thousands(report.items()) + " items in " + report.files().size()
                    + " files, no problem found.");
        } else {
            lines.add(report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems") + ":");
            for (InvalidInputException p : report.problems()) {
                lines.add("  " + p.getMessage());
            }
        }
        return lines;
    }

    public static List<String> frozen(FreezeManifest m, String outputDir) {
        return List.of("Froze " + m.files().size() + " files, " + PyRound.thousands(m.totalQuestions()) + " items.",
                "global_sha256: " + m.globalSha256(),
                "Wrote " + outputDir + "/v2_freeze_manifest.json, v2_freeze_sha256.txt, v2_freeze_report.md");
    }

    public static List<String> freezeCheck(FreezeCheck check, String manifestPath) {
        List<String> lines = new ArrayList<>();
        if (check.matches()) {
            lines.add("OK: the dataset matches " + manifestPath + " (global_sha256 " + check.frozenSha() + ").");
            return lines;
        }
        lines.add("The dataset differs from " + manifestPath + ":");
        for (FreezeCheck.Difference d : check.differences()) {
            lines.add("  " + d);
        }
        lines.add("  frozen global_sha256:  " + check.frozenSha());
        lines.add("  current global_sha256: " + (check.currentSha() == null ? "(cannot be computed)" : check.currentSha()));
        lines.add("If the change is intended, re-freeze with `bin/chaosbench freeze`; runs made on the old data"
                + " then no longer count as official.");
        return lines;
    }

    public static List<String> metrics(RunMetrics m, String outDir) {
        return List.of("Wrote " + outDir + "/metrics.json and " + outDir + "/summary.md",
                "total " + m.total() + ", valid " + m.valid() + ", correct " + m.correct()
                        + ", accuracy_valid " + PyRound.fixed(m.accuracyValid(), 4)
                        + ", balanced_accuracy " + PyRound.fixed(m.confusion().balancedAccuracy(), 4)
                        + ", mcc " + PyRound.fixed(m.confusion().mcc(), 4));
    }
}
