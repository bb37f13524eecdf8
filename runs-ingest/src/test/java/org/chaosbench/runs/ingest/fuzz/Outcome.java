package org.chaosbench.runs.ingest.fuzz;

/**
 * What one read did: returned a result, refused the input with the tool's own error, threw
 * something else, or did not finish in time.
 */
sealed interface Outcome {
    record Accepted(Object result) implements Outcome {
    }

    record Rejected(org.chaosbench.runs.ingest.io.InvalidInputException error) implements Outcome {
    }

    record Crashed(Throwable error) implements Outcome {
    }

    record TimedOut(long millis) implements Outcome {
    }

    default String describe() {
        if (this instanceof Accepted) {
            return "accepted";
        }
        if (this instanceof Rejected r) {
            return "rejected: " + abbreviate(r.error().getMessage());
        }
        if (this instanceof Crashed c) {
            return "crashed: " + c.error();
        }
        return "timed out after " + ((TimedOut) this).millis() + " ms";
    }

    static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
