package org.chaosbench.runs.eval.provider;

/**
 * One call to a provider.
 *
 * @param prompt the full prompt text (FORMATS 3.2 or the reprompt of 3.3)
 * @param itemId the dataset item being evaluated: offline baselines answer from it, so reruns,
 *     resumes and shards agree
 * @param attempt 0 for the first prompt, 1 for the reprompt after an INVALID answer
 */
public record ProviderRequest(String prompt, String itemId, int attempt) {
}
