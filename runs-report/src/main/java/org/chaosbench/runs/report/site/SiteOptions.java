package org.chaosbench.runs.report.site;

import java.nio.file.Files;
import java.nio.file.Path;

import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * What a site build reads and where it writes; the CLI's {@code site} options and the
 * {@code chaosbench:site} parameters map one to one onto these fields.
 *
 * @param root project root: its freeze manifest, prompts and git history decide the verdicts
 * @param publishedDir published run folders (manifest, metrics, summary, receipt)
 * @param runsDir live run folders, null for none
 * @param outDir the site folder
 * @param templateDir a folder whose files replace bundled templates or assets of the same
 *     relative name ({@code site/board.ftlh}, {@code site/assets/site.css}), null for none
 */
public record SiteOptions(Path root, Path publishedDir, Path runsDir, Path outDir, Path templateDir) {

    /** Checks the inputs before anything is read, so a typo fails with the option's name. */
    public SiteOptions validated() {
        if (!Files.isDirectory(publishedDir)) {
            throw new InvalidInputException(publishedDir, "--published-dir: not a folder (expected published run "
                    + "folders, e.g. published_results/runs)");
        }
        if (runsDir != null && !Files.isDirectory(runsDir)) {
            throw new InvalidInputException(runsDir, "--runs-dir: not a folder");
        }
        if (templateDir != null && !Files.isDirectory(templateDir)) {
            throw new InvalidInputException(templateDir, "--template-dir: not a folder");
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new InvalidInputException(outDir, "--out: exists and is not a folder");
        }
        refuseOutInside(publishedDir, "--published-dir");
        refuseOutInside(runsDir, "--runs-dir");
        refuseOutInside(templateDir, "--template-dir");
        return this;
    }

    /** The site holds copies of run files: inside an input folder they would be read back as runs. */
    private void refuseOutInside(Path input, String option) {
        if (input != null && outDir.toAbsolutePath().normalize().startsWith(input.toAbsolutePath().normalize())) {
            throw new InvalidInputException(outDir, "--out: inside " + option + " " + input
                    + "; the site's copies of run files would be read back as runs. Choose a folder outside it, "
                    + "e.g. target/site");
        }
    }
}
