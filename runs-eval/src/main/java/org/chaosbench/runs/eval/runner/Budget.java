package org.chaosbench.runs.eval.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * A spending limit in US dollars, charged per evaluated item from the token usage the
 * provider reports (or an estimate of four characters per token when it reports none). The
 * limit holds for the whole run, not for one session: what was spent is kept in a ledger in
 * the run folder and carried over by a resume.
 */
public final class Budget {
    public static final String LEDGER = ".eval_budget.json";

    private final Double maxUsd;
    private final double inputPerToken;
    private final double outputPerToken;
    private double spent;
    private Path ledger;

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

    /**
     * Keeps the spending of a run in its folder: a resumed run starts from what the earlier
     * sessions spent. Without a limit nothing is kept.
     */
    synchronized void keepLedgerIn(Path runDir) {
        if (maxUsd == null) {
            return;
        }
        ledger = runDir.resolve(LEDGER);
        if (Files.exists(ledger)) {
            spent = JsonFiles.readObject(ledger).path("spent_usd").asDouble(0.0);
        }
    }

    /** Adds one item's cost; true once the run's total exceeds the limit. */
    synchronized boolean charge(long promptTokens, long completionTokens, long promptChars) {
        if (maxUsd == null) {
            return false;
        }
        long in = promptTokens > 0 ? promptTokens : Math.max(1, (promptChars + 3) / 4);
        long out = completionTokens > 0 ? completionTokens : 2;
        spent += in * inputPerToken + out * outputPerToken;
        if (ledger != null) {
            // Written before the item counts as done, so a crash never forgets money spent.
            AtomicFiles.writeString(ledger, PyJson.pretty(Map.of("spent_usd", spent)));
        }
        return spent > maxUsd;
    }

    public synchronized double spentUsd() {
        return spent;
    }

    /** True when the limit is already used up, before any call. */
    synchronized boolean exhausted() {
        return maxUsd != null && spent > maxUsd;
    }
}
