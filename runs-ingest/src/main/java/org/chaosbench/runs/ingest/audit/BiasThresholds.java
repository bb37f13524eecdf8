package org.chaosbench.runs.ingest.audit;

/**
 * When a run counts as label-biased (FORMATS 6.2): its share of TRUE answers strays from the
 * ground truth's by more than {@code maxRateGap}, or it recalls one of the labels worse than
 * {@code minClassRecall}. Configurable because the issue asks for it; the defaults are the
 * original's constants.
 */
public record BiasThresholds(double maxRateGap, double minClassRecall) {

    public static final BiasThresholds DEFAULTS = new BiasThresholds(0.15, 0.40);

    public BiasThresholds {
        if (!(maxRateGap >= 0 && maxRateGap <= 1) || !(minClassRecall >= 0 && minClassRecall <= 1)) {
            throw new IllegalArgumentException(
                    "bias thresholds must lie in [0, 1]: " + maxRateGap + ", " + minClassRecall);
        }
    }
}
