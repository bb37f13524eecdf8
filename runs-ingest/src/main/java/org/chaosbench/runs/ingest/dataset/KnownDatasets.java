package org.chaosbench.runs.ingest.dataset;

import java.util.List;
import java.util.Optional;

/**
 * Published fingerprints of dataset releases (FORMATS 2.1 test vectors), so that a run can be
 * named precisely even where no freeze manifest of that release is at hand: a stored SHA
 * equal to a release's legacy value is that release's data fingerprinted with the old formula.
 */
public final class KnownDatasets {
    /** A release and its SHA under both formulas. */
    public record Release(String name, String countedSha, String legacySha) {
    }

    public static final List<Release> RELEASES = List.of(
            new Release("the ChaosBench-Logic v2 canonical dataset",
                    "cfcfcc739988ad99c38d47dd171ff39f67df3ddca7d8d452e8c77b30f14e7279",
                    "00ec17e31193de42c525ff3c8f166b4b59fae2c2631fa84a4c78b33fb01f9374"),
            new Release("the reduced v2 reference copy (456-line atomic suite, 16,342 items)",
                    "8271a098ef0e5d1401b56b5ed6ebfd2457c9a44e024e1536b114ed7362202577",
                    "ed99578cd658d028542e908bc720a10fb64e003518415c2994d31b8c1fff67f7"));

    private KnownDatasets() {
    }

    public static Optional<Release> byLegacySha(String sha) {
        return RELEASES.stream().filter(r -> r.legacySha().equals(sha)).findFirst();
    }

    public static Optional<Release> byCountedSha(String sha) {
        return RELEASES.stream().filter(r -> r.countedSha().equals(sha)).findFirst();
    }

    /** What a SHA is known to be: a release under the current or the legacy formula, or unknown. */
    public static String describe(String sha) {
        return byCountedSha(sha).map(Release::name)
                .or(() -> byLegacySha(sha).map(r -> "the legacy formula's SHA of " + r.name()
                        + ", whose current SHA is " + r.countedSha().substring(0, 8) + "..."))
                .orElse("not a known dataset release");
    }
}
