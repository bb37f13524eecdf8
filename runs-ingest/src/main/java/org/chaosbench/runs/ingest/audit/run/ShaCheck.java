package org.chaosbench.runs.ingest.audit.run;

/**
 * FORMATS 8.4's two SHA comparisons of one run.
 *
 * @param matchesFreezeMethod the stored SHA equals the freeze manifest's
 * @param matchesRunMethod the stored SHA equals the legacy formula over the run's selector now
 */
public record ShaCheck(boolean matchesFreezeMethod, boolean matchesRunMethod) {
    public static final ShaCheck NONE = new ShaCheck(false, false);
}
