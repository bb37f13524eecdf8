/**
 * Model providers (FORMATS 5P): the offline mock and baselines, ollama, the chat-completions
 * family (openai, deepseek, openrouter, groq, any openai-compatible server), anthropic and
 * gemini, built by {@link org.chaosbench.runs.eval.provider.ProviderFactory} from a
 * {@link org.chaosbench.runs.eval.provider.ProviderConfig}.
 *
 * <p>HTTP providers build the request body (compact, ASCII-escaped JSON, as the original
 * sends) and read the answer; {@link org.chaosbench.runs.eval.provider.HttpTransport} does the
 * sending, retrying and timing for all of them; {@link org.chaosbench.runs.eval.provider.ApiKeys}
 * finds keys and {@link org.chaosbench.runs.eval.provider.Redactor} keeps them out of every
 * error text.
 */
package org.chaosbench.runs.eval.provider;
