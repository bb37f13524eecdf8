package org.chaosbench.runs.report.site;

import java.nio.file.Path;

import org.chaosbench.runs.ingest.run.RunManifest;

/** Opens the site's receipt reader ({@link RunPages#publishedUtc}) to the receipt fuzzer in another package. */
public final class SiteReceiptReader {
    private SiteReceiptReader() {
    }

    public static String publishedUtc(Path runDir, RunManifest manifest) {
        return RunPages.publishedUtc(runDir, manifest);
    }
}
