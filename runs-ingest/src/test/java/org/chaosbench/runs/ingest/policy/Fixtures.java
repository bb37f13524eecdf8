package org.chaosbench.runs.ingest.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.chaosbench.runs.ingest.dataset.FreezeManifest;
import org.chaosbench.runs.ingest.run.RunManifest;

/** Real files and real git repositories for the policy tests; nothing is mocked. */
final class Fixtures {
    static final String SELECTOR = "data/canonical_v2_files.json";
    static final String PROMPT = "5881f664c444e3d3";
    static final String A = "{\"id\": \"a1\", \"question\": \"Is x chaotic?\", \"ground_truth\": \"TRUE\", \"type\": \"atomic\"}\n"
            + "{\"id\": \"a2\", \"question\": \"Is y chaotic?\", \"ground_truth\": \"FALSE\", \"type\": \"atomic\"}\n";
    static final String B = "{\"id\": \"b1\", \"question\": \"Is z periodic?\", \"ground_truth\": \"TRUE\", \"type\": \"multi_hop\"}\n\n";

    private Fixtures() {
    }

    /** A run manifest with the five policy fields set and the rest null. */
    static RunManifest manifest(String selector, String sha, String promptHash, Long maxItems, String commit,
            Map<String, JsonNode> extra) {
        return new RunManifest("run", "2026-02-20T15:00:00+00:00", "mock", "v2", promptHash, sha, selector, 3L,
                maxItems, 42L, 1L, true, 1L, "canonical", null, commit, "java 17", null, null, null, extra);
    }

    /** A full-looking run (max_items null, no evaluated_dataset) that evaluated {@code total} items. */
    static RunManifest withTotal(long total) {
        return new RunManifest("run", "2026-02-19T19:31:51+00:00", "mock", "v2", PROMPT, "x", SELECTOR, total,
                null, 42L, 1L, true, 1L, null, null, null, "3.12.12", null, null, null, Map.of());
    }

    static RunManifest official(String sha, String commit) {
        return manifest(SELECTOR, sha, PROMPT, null, commit, Map.of());
    }

    static Map<String, JsonNode> evaluated(String source) {
        return Map.of("evaluated_dataset", new ObjectMapper().createObjectNode().put("source", source)
                .put("sha256", "0000").put("items", 2));
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A two-file dataset: a.jsonl (2 items) and b.jsonl (1 item and a blank line). */
    static void dataset(Path root) {
        write(root.resolve(SELECTOR), "{\"files\": [\"data/b.jsonl\", \"data/a.jsonl\"]}");
        write(root.resolve("data/a.jsonl"), A);
        write(root.resolve("data/b.jsonl"), B);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** FORMATS 2.1 by hand for {@link #dataset}: sorted paths, {@code path:sha:count}. */
    static String countedSha() {
        return sha256("data/a.jsonl:" + sha256(A) + ":2\ndata/b.jsonl:" + sha256(B) + ":1\n");
    }

    /** The legacy formula by hand: {@code path:sha}. */
    static String legacySha() {
        return sha256("data/a.jsonl:" + sha256(A) + "\ndata/b.jsonl:" + sha256(B) + "\n");
    }

    static FreezeManifest freezeOf(String globalSha) {
        return new FreezeManifest("2026-02-20T14:00:00+00:00", SELECTOR,
                List.of(new FreezeManifest.FrozenFile("data/b.jsonl", 1, sha256(B)),
                        new FreezeManifest.FrozenFile("data/a.jsonl", 2, sha256(A))),
                3, globalSha, 0, Map.of());
    }

    /** A context over {@code root} reading everything from disk, as the audit does. */
    static PolicyContext context(Path root, Set<Long> sizes) {
        return PolicyContext.load(root, null, Set.of(PROMPT), sizes);
    }

    static String git(Path dir, String... args) {
        return org.chaosbench.runs.ingest.TestGit.git(dir, args);
    }

    /** Commits everything (or an empty commit) with {@code message}; returns the short hash. */
    static String commit(Path repo, String message) {
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "--allow-empty", "-m", message);
        return git(repo, "rev-parse", "--short", "HEAD");
    }

    static void initRepo(Path repo) {
        try {
            Files.createDirectories(repo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(repo, "init", "-q", "-b", "master");
    }
}
