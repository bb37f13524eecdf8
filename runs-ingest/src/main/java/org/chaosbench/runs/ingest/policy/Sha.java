package org.chaosbench.runs.ingest.policy;

/** Shortens a SHA for reasons: people recognise the first eight digits. */
final class Sha {
    private Sha() {
    }

    static String abbrev(String sha) {
        return sha == null ? "null" : sha.length() > 8 ? sha.substring(0, 8) + "..." : sha;
    }
}
