package org.chaosbench.runs.report.publish;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chaosbench.runs.ingest.ReferenceData;
import org.chaosbench.runs.ingest.TestGit;
import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.dataset.FreezeManifest;

/**
 * Real project folders for the publish and index tests: the original tool's reference data in
 * ../shared/reference (located as runs-ingest's ReferenceData does; tests skip cleanly without
 * it), copies of it in temporary folders, real git repositories, and a snapshot of a folder
 * tree to prove that a refused publish changed nothing.
 */
public final class Projects {
    /** The SHA the 5k and full runs of 2026-02-20 store (FORMATS 2.1, current formula). */
    public static final String RUN_SHA = "cfcfcc739988ad99c38d47dd171ff39f67df3ddca7d8d452e8c77b30f14e7279";
    public static final String PROMPT_HASH = "5881f664c444e3d3";
    public static final String FIVE_K = "real_runs/mistral7b_5k_armored/20260220T145806Z_ollama_mistral:7b";

    private Projects() {
    }

    public static Path projectRoot() {
        return ReferenceData.projectRoot();
    }

    /** ../shared/reference/{relative}, or a skipped test when it is absent. */
    public static Path reference(String relative) {
        return ReferenceData.reference(relative);
    }

    /** The 11 run folders of the original published_results/runs, in name order. */
    public static List<Path> publishedReferenceRuns() {
        Path dir = reference("published_results/runs");
        try (var children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree keeping modification times; copies are writable (the reference is not). */
    public static void copyTree(Path from, Path to) {
        ReferenceData.copyTree(from, to);
    }

    /** A freeze manifest by hand: the frozen SHA and item count are what the policy reads. */
    public static void writeFreeze(Path root, String sha, long totalQuestions) {
        FreezeManifest m = new FreezeManifest("2026-02-20T14:00:00+00:00", "data/canonical_v2_files.json", List.of(),
                totalQuestions, sha, 0, Map.of());
        write(root.resolve(FreezeManifest.DEFAULT_PATH), PyJson.pretty(m.toJson()));
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every path under {@code root} (links not followed) with its type, size, modification
     * time and content hash: two equal snapshots mean nothing on disk changed.
     */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> all = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    all.put(root.relativize(dir).toString() + "/", "dir " + attrs.lastModifiedTime());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String what = attrs.isSymbolicLink() ? "link " + Files.readSymbolicLink(file)
                            : "file " + attrs.size() + " " + attrs.lastModifiedTime() + " " + sha256(file);
                    all.put(root.relativize(file).toString(), what);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    static String sha256(Path file) throws IOException {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return "-";
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String git(Path dir, String... args) {
        return TestGit.git(dir, args);
    }

    /** A git repository at {@code root} with one commit on master, tagged v1; returns its short hash. */
    public static String taggedRepository(Path root) {
        git(root, "init", "-q", "-b", "master");
        write(root.resolve("README.md"), "project\n");
        git(root, "add", "README.md");
        git(root, "commit", "-q", "-m", "release");
        git(root, "tag", "-a", "v1", "-m", "v1");
        return git(root, "rev-parse", "--short", "HEAD");
    }
}
