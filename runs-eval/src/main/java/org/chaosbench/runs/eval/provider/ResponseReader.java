package org.chaosbench.runs.eval.provider;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the parsed JSON body of a 2xx response into a {@link Reading}. Any exception it
 * throws ends the call as a failure (a body of unexpected shape will not change on retry).
 */
@FunctionalInterface
public interface ResponseReader {

    Reading read(JsonNode body);
}
