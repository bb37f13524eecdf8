package org.chaosbench.runs.ingest.compat;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the CPython golden files written by scripts/golden/gen_compat_golden.py and
 * compares regenerated outputs with their digests. Only digests of most outputs are
 * stored, so a mismatch is located through the 1000-line chunk digests and shown with
 * the stored sample lines where possible. Line numbers in messages count from 1, like
 * the generator's --dump files.
 */
final class Golden {

    private static final int CHUNK = 1000;

    private Golden() {
    }

    static JsonNode load(String name) {
        String resource = "/compat/" + name;
        try (InputStream raw = Golden.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource " + resource
                        + " (regenerate with scripts/golden/gen_compat_golden.py)");
            }
            return new ObjectMapper().readTree(new GZIPInputStream(raw));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that lines match a digest record {lines, sha256, chunks, sample}. */
    static void assertMatches(String what, List<String> lines, JsonNode expected) {
        if (sha256(String.join("\n", lines)).equals(expected.get("sha256").asText())
                && lines.size() == expected.get("lines").asInt()) {
            return;
        }
        JsonNode sample = expected.get("sample");
        for (int i = 0; i < Math.min(sample.size(), lines.size()); i++) {
            if (!sample.get(i).asText().equals(lines.get(i))) {
                fail("%s: line %d differs from CPython%n  expected: %s%n  actual:   %s",
                        what, i + 1, sample.get(i).asText(), lines.get(i));
            }
        }
        if (lines.size() != expected.get("lines").asInt()) {
            fail("%s: %d lines, CPython has %d", what, lines.size(), expected.get("lines").asInt());
        }
        JsonNode chunks = expected.get("chunks");
        for (int c = 0; c < chunks.size(); c++) {
            List<String> chunk = lines.subList(c * CHUNK, Math.min(lines.size(), (c + 1) * CHUNK));
            if (!sha256(String.join("\n", chunk)).startsWith(chunks.get(c).asText())) {
                fail("%s: lines %d..%d differ from CPython, beyond the stored sample (see them with"
                        + " gen_compat_golden.py --dump). First line of that chunk here: %s",
                        what, c * CHUNK + 1, c * CHUNK + chunk.size(), chunk.get(0));
            }
        }
        fail("%s: digest differs from CPython although every chunk matches", what);
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
