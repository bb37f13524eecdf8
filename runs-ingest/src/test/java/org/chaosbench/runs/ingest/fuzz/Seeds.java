package org.chaosbench.runs.ingest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.chaosbench.runs.ingest.ReferenceData;
import org.chaosbench.runs.ingest.fuzz.Subject.Format;
import org.chaosbench.runs.ingest.fuzz.Subject.Seed;

/**
 * The real files mutations start from: the original tool's files in ../shared/reference when
 * that folder exists, else the project's own data/, artifacts/ and test resources. Long JSONL
 * files are cut to their first {@link #HEAD_LINES} lines (still real lines) so that ten
 * thousand cases stay quick.
 */
final class Seeds {
    static final int HEAD_LINES = 40;

    private final Path project = ReferenceData.projectRoot();
    private final Path reference = project.resolve("../shared/reference").normalize();

    boolean hasReference() {
        return Files.isDirectory(reference);
    }

    String source() {
        return hasReference() ? "../shared/reference" : "project data/ and test resources";
    }

    List<Seed> datasetFiles() {
        List<Seed> seeds = new ArrayList<>();
        Path data = hasReference() ? reference.resolve("dataset/data") : project.resolve("data");
        for (Path p : list(data, ".jsonl")) {
            seeds.add(jsonl(p));
        }
        if (hasReference()) {
            seeds.add(jsonl(reference.resolve("dataset/data/subsets/api_balanced_100.jsonl")));
        }
        return seeds;
    }

    List<Seed> selectors() {
        List<Seed> seeds = new ArrayList<>();
        if (hasReference()) {
            seeds.add(document(reference.resolve("dataset/data/canonical_v2_files.json")));
        }
        seeds.add(document(project.resolve("data/canonical_v2_files.json")));
        return seeds;
    }

    List<Seed> subsetManifests() {
        if (hasReference()) {
            return list(reference.resolve("dataset/data/subsets"), ".manifest.json").stream().map(Seeds::document).toList();
        }
        return List.of(document(resource("fuzz/subset.manifest.json")));
    }

    List<Seed> freezeManifests() {
        return List.of(document(project.resolve("artifacts/freeze/v2_freeze_manifest.json")));
    }

    List<Seed> runManifests() {
        return runFolders().stream().map(d -> document(d.resolve("run_manifest.json"))).toList();
    }

    List<Seed> metrics() {
        return runFolders().stream().map(d -> d.resolve("metrics.json")).filter(Files::isRegularFile)
                .map(Seeds::document).toList();
    }

    List<Seed> predictions() {
        return predictionRuns().stream().map(d -> jsonl(d.resolve("predictions.jsonl"))).toList();
    }

    List<Seed> checkpoints() {
        if (hasReference()) {
            List<Seed> seeds = new ArrayList<>();
            for (String run : List.of("qwen32b_full_canonical", "deepseek_r1_14b_split1")) {
                for (Path d : list(reference.resolve("real_runs/" + run), "")) {
                    seeds.add(jsonl(d.resolve(".eval_checkpoint.jsonl")));
                }
            }
            return seeds;
        }
        return List.of(jsonl(resource("broken-runs/checkpoint-leftover/.eval_checkpoint.jsonl")));
    }

    /**
     * publish_receipt.json of the published runs (the original's six keys), else the receipts
     * of the plugin's site IT (this tool's nine).
     */
    List<Seed> receipts() {
        Path published = hasReference() ? reference.resolve("published_results/runs")
                : project.resolve("chaosbench-maven-plugin/src/it/site/published_results/runs");
        return list(published, "").stream().map(d -> d.resolve("publish_receipt.json")).filter(Files::isRegularFile)
                .map(Seeds::document).toList();
    }

    /** Folders with manifest and metrics (published runs have no predictions). */
    List<Path> runFolders() {
        List<Path> dirs = new ArrayList<>(predictionRuns());
        if (hasReference()) {
            dirs.addAll(list(reference.resolve("published_results/runs"), "").stream().filter(Files::isDirectory).toList());
        }
        return dirs;
    }

    /** Folders with manifest, metrics and predictions: the real runs, else the healthy test run. */
    List<Path> predictionRuns() {
        if (hasReference()) {
            List<Path> dirs = new ArrayList<>();
            for (String run : List.of("llama31_8b_smoke", "mistral7b_5k_armored")) {
                dirs.addAll(list(reference.resolve("real_runs/" + run), ""));
            }
            return dirs;
        }
        return List.of(resource("broken-runs/healthy"));
    }

    static Seed jsonl(Path p) {
        byte[] all = read(p);
        int lines = 0;
        int end = all.length;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n' && ++lines == HEAD_LINES) {
                end = i + 1;
                break;
            }
        }
        String label = p.getFileName() + (end < all.length ? " (first " + HEAD_LINES + " lines)" : "");
        return new Seed(label, Format.JSONL, java.util.Arrays.copyOf(all, end));
    }

    static Seed document(Path p) {
        return new Seed(p.getParent().getFileName() + "/" + p.getFileName(), Format.DOCUMENT, read(p));
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(Seeds.class.getClassLoader().getResource(name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }
}
