package org.chaosbench.runs.eval.runner;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.eval.parse.AnswerParser;
import org.chaosbench.runs.eval.parse.ParseResult;
import org.chaosbench.runs.eval.prompt.PromptTemplate;
import org.chaosbench.runs.eval.provider.Provider;
import org.chaosbench.runs.eval.provider.ProviderRequest;
import org.chaosbench.runs.eval.provider.ProviderResponse;
import org.chaosbench.runs.ingest.compat.PyText;
import org.chaosbench.runs.ingest.dataset.DatasetItem;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.run.PredictionRecord;

/**
 * Evaluates one item (FORMATS 5.5): prompt, parse, one reprompt when the answer cannot be
 * read, and the prediction record (5.6). A failed call is kept in {@code meta.error}; it
 * never stops the run.
 */
final class ItemEvaluator {
    private final PromptTemplate template;
    private final Provider provider;
    private final boolean strict;
    private final int retries;
    private final long truncatePredText;

    ItemEvaluator(PromptTemplate template, Provider provider, EvalSettings settings) {
        this.template = template;
        this.provider = provider;
        this.strict = settings.strictParsing();
        this.retries = settings.retries();
        this.truncatePredText = settings.truncatePredText();
    }

    /** A record and what its calls cost. */
    record Evaluation(PredictionRecord record, int failedCalls, long promptTokens, long completionTokens,
            long promptChars, int rateLimited) {
    }

    Evaluation evaluate(DatasetItem item) {
        String prompt = template.prompt(item.question());
        ProviderResponse first = provider.generate(new ProviderRequest(prompt, item.id(), 0));
        ParseResult parsed = AnswerParser.parse(first.text(), strict);
        ProviderResponse accepted = first;
        ParseResult acceptedParse = parsed;
        ProviderResponse retry = null;
        ParseResult retryParse = null;
        long promptChars = prompt.length();
        if (!parsed.isValid() && retries >= 1) {
            String reprompt = template.reprompt(prompt, first.text());
            promptChars += reprompt.length();
            retry = provider.generate(new ProviderRequest(reprompt, item.id(), 1));
            retryParse = AnswerParser.parse(retry.text(), strict);
            if (retryParse.isValid()) {
                accepted = retry;
                acceptedParse = retryParse;
            }
        }
        ObjectNode meta = JsonFiles.mapper().createObjectNode();
        meta.put("parse_reason", acceptedParse.reason());
        meta.put("parse_confidence", acceptedParse.confidence());
        int failed = 0;
        if (first.failed()) {
            meta.put("error", first.error());
            failed++;
        }
        if (retry != null && retry.failed()) {
            meta.put("retry_error", retry.error());
            failed++;
        }
        Boolean correct = acceptedParse.isValid() ? acceptedParse.label().equals(item.label()) : null;
        PredictionRecord record = new PredictionRecord(item.id(), item.question(), item.label(),
                truncate(accepted.text()), acceptedParse.label(), acceptedParse.outcome().name(), correct,
                accepted.latencyS(), item.family(), item.split(), retry == null ? null : retry.text(),
                retryParse == null ? null : retryParse.outcome().name(), meta);
        return new Evaluation(record, failed, first.promptTokens() + (retry == null ? 0 : retry.promptTokens()),
                first.completionTokens() + (retry == null ? 0 : retry.completionTokens()), promptChars,
                first.rateLimited() + (retry == null ? 0 : retry.rateLimited()));
    }

    private String truncate(String text) {
        return truncatePredText > 0 ? PyText.firstCodePoints(text, (int) Math.min(truncatePredText, Integer.MAX_VALUE))
                : text;
    }
}
