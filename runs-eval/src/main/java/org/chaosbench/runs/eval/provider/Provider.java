package org.chaosbench.runs.eval.provider;

/**
 * A model that answers prompts (FORMATS 5P). {@link #generate} never throws: a call that
 * fails after its retries returns an empty text and an error description, which the runner
 * parses as INVALID and records, so one bad call never stops a run.
 *
 * <p>Implementations must be safe to call from several worker threads at once.
 */
public interface Provider extends AutoCloseable {

    /** The provider name recorded in manifests and run ids: {@code mock}, {@code ollama/<model>}... */
    String name();

    ProviderResponse generate(ProviderRequest request);

    @Override
    default void close() {
    }
}
