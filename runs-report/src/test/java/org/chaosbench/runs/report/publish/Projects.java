package org.chaosbench.runs.report.publish;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

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
        String prop = System.getProperty("chaosbench.projectRoot");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("runs-ingest"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** ../shared/reference/{relative}, or a skipped test when it is absent. */
    public static Path reference(String relative) {
        Path ref = projectRoot().resolve("../shared/reference").normalize();
        assumeTrue(Files.isDirectory(ref), "../shared/reference is absent: reference-data test skipped");
        Path p = ref.resolve(relative);
        assumeTrue(Files.exists(p), relative + " is absent from ../shared/reference: test skipped");
        return p;
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
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Path target = to.resolve(from.relativize(dir).toString());
                    Files.createDirectories(target);
                    target.toFile().setWritable(true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    target.toFile().setWritable(true);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Runs git in {@code dir} with a fixed identity and no user or system configuration. */
    public static String git(Path dir, String... args) {
        String[] command = new String[args.length + 5];
        command[0] = "git";
        command[1] = "-c";
        command[2] = "user.name=Publish Test";
        command[3] = "-c";
        command[4] = "user.email=publish@test.invalid";
        System.arraycopy(args, 0, command, 5, args.length);
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            pb.environment().put("HOME", dir.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
