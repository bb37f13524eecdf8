package org.chaosbench.runs.report.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chaosbench.runs.report.publish.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cell rules of FORMATS 7 on odd manifests, and what escaping does to hostile values. */
class IndexCellRulesTest {
    @TempDir
    Path dir;

    private List<String> rows() throws Exception {
        PublishedIndex.regenerate(dir, IndexFormat.ORIGINAL, () -> null);
        return Files.readAllLines(dir.resolve("README.md")).stream().filter(l -> l.startsWith("| `")).toList();
    }

    @Test
    void integersMissingValuesAndFallbacks() throws Exception {
        // Integer rates print as str(); N that is not an integer is a dash; no run_id: the folder name.
        Projects.write(dir.resolve("b_run/run_manifest.json"), "{\"provider\": \"mock\", \"total_items_evaluated\": 12.0, "
                + "\"created_utc\": \"2026-03-01T23:59:59+00:00\", \"metrics_summary\": {\"accuracy_valid\": 1, "
                + "\"balanced_accuracy\": 0.12345, \"mcc\": null}}");
        // metrics.json supplies the mcc the summary lacks (null counts as absent).
        Projects.write(dir.resolve("b_run/metrics.json"), "{\"mcc\": -0.00004}");
        // Nothing at all: dashes everywhere but the id.
        Projects.write(dir.resolve("a_run/run_manifest.json"), "{\"run_id\": \"A\"}");
        // Not a run folder (no manifest), a hidden staging folder and a plain file: no rows.
        Files.createDirectories(dir.resolve("c_notes"));
        Projects.write(dir.resolve(".d.staging-00000000-0000-0000-0000-000000000000/run_manifest.json"), "{}");
        Projects.write(dir.resolve("e.txt"), "x");

        assertThat(rows()).containsExactly(
                "| `A` | — | — | — | — | — | — |",
                "| `b_run` | mock | — | 1 | 0.1235 | -0.0000 | 2026-03-01 |");
        assertThat(dir.resolve(".d.staging-00000000-0000-0000-0000-000000000000")).as("cleaned up").doesNotExist();
    }

    @Test
    void folderOrderIsCodePointOrder() throws Exception {
        // U+FF5E sorts before U+1F600 by code point, after it by UTF-16 unit.
        for (String name : List.of("run_\uD83D\uDE00", "run_\uFF5E", "Run", "run")) {
            Projects.write(dir.resolve(name).resolve("run_manifest.json"), "{}");
        }
        assertThat(rows()).extracting(l -> l.substring(3, l.indexOf("` |")))
                .containsExactly("Run", "run", "run_\uFF5E", "run_\uD83D\uDE00");
    }

    @Test
    void hostileValuesStayInsideTheirCells() throws Exception {
        Projects.write(dir.resolve("x/run_manifest.json"), "{\"run_id\": \"a`|b\", \"provider\": \"p|<img src=x>\\n# h\", "
                + "\"created_utc\": \"<b>2026</b>\"}");
        assertThat(rows()).containsExactly("| ``a`\\|b`` | p\\|\\<img src=x\\> \\# h | — | — | — | — | \\<b\\>2026\\</b |");
        // The id is read back from such a row, so a regeneration does not report it as dropped.
        assertThat(PublishedIndex.regenerate(dir, IndexFormat.ORIGINAL, () -> null).dropped()).isEmpty();
    }

    @Test
    void anUnreadableManifestGivesADashRowAndAWarning() throws Exception {
        Projects.write(dir.resolve("broken/run_manifest.json"), "{\"run_id\": ");
        IndexResult r = PublishedIndex.regenerate(dir, IndexFormat.ORIGINAL, () -> null);
        assertThat(Files.readAllLines(dir.resolve("README.md"))).contains("| `broken` | — | — | — | — | — | — |");
        assertThat(r.warnings()).singleElement().asString().contains(dir.resolve("broken/run_manifest.json").toString());
    }
}
