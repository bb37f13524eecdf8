package org.chaosbench.runs.eval.runner;

/**
 * A spending limit in US dollars, charged per evaluated item from the token usage the
 * provider reports (or an estimate of four characters per token when it reports none).
 */
public final class Budget {
    private final Double maxUsd;
    private final double inputPerToken;
    private final double outputPerToken;
    private double spent;

    /** No limit and no price: nothing is ever charged. */
    public static Budget none() {
        return new Budget(null, 0, 0);
    }

    /**
     * @param maxUsd the limit, or null for none
     * @param inputPerMillion price of a million prompt tokens
     * @param outputPerMillion price of a million completion tokens
     */
    public static Budget of(Double maxUsd, double inputPerMillion, double outputPerMillion) {
        return new Budget(maxUsd, inputPerMillion / 1e6, outputPerMillion / 1e6);
    }

    private Budget(Double maxUsd, double inputPerToken, double outputPerToken) {
        this.maxUsd = maxUsd;
        this.inputPerToken = inputPerToken;
        this.outputPerToken = outputPerToken;
    }

    /** Adds one item's cost; true once the total exceeds the limit. */
    synchronized boolean charge(long promptTokens, long completionTokens, long promptChars) {
        long in = promptTokens > 0 ? promptTokens : Math.max(1, (promptChars + 3) / 4);
        long out = completionTokens > 0 ? completionTokens : 2;
        spent += in * inputPerToken + out * outputPerToken;
        return maxUsd != null && spent > maxUsd;
    }

    public synchronized double spentUsd() {
        return spent;
    }
}
