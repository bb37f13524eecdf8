package org.chaosbench.runs.ingest.dataset;

import java.nio.file.Path;

import org.chaosbench.runs.ingest.compat.PyRound;

/** The two human-readable companions of the freeze manifest. */
final class FreezeDocuments {
    private FreezeDocuments() {
    }

    /** v2_freeze_sha256.txt: the global SHA, then one {@code sha  path  (count=n)} line per file. */
    static String checksums(FreezeManifest m) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ChaosBench-Logic v2 dataset freeze: SHA-256 of every canonical file\n");
        sb.append("# Generated: ").append(m.createdUtc()).append('\n');
        sb.append('\n');
        sb.append("global_sha256  ").append(m.globalSha256()).append('\n');
        sb.append('\n');
        for (FreezeManifest.FrozenFile f : m.files()) {
            sb.append(f.sha256()).append("  ").append(f.path()).append("  (count=").append(f.count()).append(")\n");
        }
        return sb.toString();
    }

    /** v2_freeze_report.md: what was frozen, for a person reading the repository. */
    static String report(FreezeManifest m, ValidationReport validation) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Dataset Freeze Report (v2)\n\n");
        sb.append("| Field | Value |\n|-------|-------|\n");
        sb.append("| Created (UTC) | ").append(m.createdUtc()).append(" |\n");
        sb.append("| Selector | `").append(m.canonicalSelector()).append("` |\n");
        sb.append("| Files | ").append(m.files().size()).append(" |\n");
        sb.append("| Total questions | ").append(PyRound.thousands(m.totalQuestions())).append(" |\n");
        sb.append("| Unique ids | ").append(PyRound.thousands(m.totalQuestions() - m.duplicateIds())).append(" |\n");
        sb.append("| Global SHA-256 | `").append(m.globalSha256(), 0, 32).append("...` |\n");
        sb.append('\n');
        sb.append("## Files\n\n| File | Count | SHA256 (first 32) |\n|------|-------|-------------------|\n");
        for (FreezeManifest.FrozenFile f : m.files()) {
            sb.append("| `").append(Path.of(f.path()).getFileName()).append("` | ")
                    .append(PyRound.thousands(f.count())).append(" | `").append(f.sha256(), 0, 32).append("` |\n");
        }
        sb.append("\n## Families\n\n| Family | Items | TRUE | FALSE | TRUE rate |\n|--------|-------|------|-------|-----------|\n");
        validation.families().forEach((family, c) -> sb.append("| ").append(family).append(" | ")
                .append(PyRound.thousands(c.items())).append(" | ").append(PyRound.thousands(c.trueCount()))
                .append(" | ").append(PyRound.thousands(c.falseCount())).append(" | ")
                .append(PyRound.fixed(c.trueRate(), 3)).append(" |\n"));
        sb.append("\nCheck the dataset against this freeze with `bin/chaosbench freeze --check`.\n");
        return sb.toString();
    }
}
