package org.chaosbench.runs.eval.shard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.metrics.RunMetrics;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.chaosbench.runs.ingest.run.PredictionsFile;
import org.chaosbench.runs.ingest.run.RunFiles;
import org.chaosbench.runs.ingest.run.RunManifest;
import org.chaosbench.runs.ingest.run.SummaryMarkdown;

/**
 * The {@code merge-shards} operation as both front ends call it: checks that the shard runs
 * are the parts of one run ({@link ShardSet}) and that each holds exactly its items, then
 * writes one ordinary run folder whose predictions.jsonl is in the item-list order and whose
 * metrics.json, summary.md and manifest are computed from them as the runner does. The manifest
 * is written last, so an interrupted merge never looks finished.
 */
public final class ShardMerge {

    /** How a merge ended. */
    public enum Status {
        /** The merged run was written. */
        MERGED,
        /** The output folder already holds the merge of exactly these shard runs; nothing was written. */
        UP_TO_DATE
    }

    /**
     * @param metrics the merged run's metrics; null when {@link Status#UP_TO_DATE}
     */
    public record Result(Status status, String runId, Path runDir, List<ShardRun> shards, RunMetrics metrics) {
    }

    private ShardMerge() {
    }

    /**
     * @param shardDirs shard run folders, or folders holding them, in any order
     * @param out the merged run's folder (its name becomes the run id); must not exist or be
     *        empty, unless {@code force} or it already holds this merge
     */
    public static Result merge(List<Path> shardDirs, Path out, boolean force, Clock clock) {
        List<ShardRun> shards = ShardSet.check(ShardDirs.expand(shardDirs, out).stream().map(ShardRun::read).toList());
        Path target = out.toAbsolutePath().normalize();
        for (ShardRun s : shards) {
            Path dir = s.dir().toAbsolutePath().normalize();
            if (target.startsWith(dir) || dir.startsWith(target)) {
                throw new InvalidInputException(out, "--out must be a folder of its own, neither a shard run folder"
                        + " nor one holding " + s.name());
            }
        }
        String runId = target.getFileName().toString();
        if (isMergeOf(target, shards)) {
            if (!force) {
                return new Result(Status.UP_TO_DATE, runId, out, shards, null);
            }
        } else if (!force && holdsFiles(target)) {
            throw new InvalidInputException(out, "exists and is not empty: merge into a new folder, or give --force"
                    + " to replace its run files");
        }

        List<PredictionRecord> records = interleave(shards);
        RunMetrics metrics = RunMetrics.of(records);
        RunFiles files = new RunFiles(out);
        try {
            Files.createDirectories(out);
            Files.deleteIfExists(files.manifest()); // replaced last: until then the folder is not a finished run
            Files.deleteIfExists(files.checkpoint());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + out + ": " + AtomicFiles.describe(e), e);
        }
        RunManifest manifest = MergedManifest.of(runId, shards, metrics, clock.instant());
        PredictionsFile.write(files.predictions(), records);
        AtomicFiles.writeString(files.metrics(), PyJson.pretty(metrics.toJson()));
        AtomicFiles.writeString(files.summary(), SummaryMarkdown.render(runId, manifest.provider(), metrics));
        manifest.write(files.manifest());
        return new Result(Status.MERGED, runId, out, shards, metrics);
    }

    /**
     * The records of the whole item list: position {@code p} comes from shard {@code p % N + 1},
     * whose records are in the same relative order (see {@link Shard}). Each shard must hold
     * exactly its items, and the rebuilt list must be the one that was split.
     */
    static List<PredictionRecord> interleave(List<ShardRun> shards) {
        int count = shards.size();
        List<List<PredictionRecord>> parts = new ArrayList<>();
        for (ShardRun s : shards) {
            Path file = new RunFiles(s.dir()).predictions();
            List<PredictionRecord> part = PredictionsFile.read(file);
            if (part.size() != s.info().size()) {
                throw new InvalidInputException(file, "shard " + s.info().shard().label() + " holds " + part.size()
                        + " records, but its part of the " + s.info().fullItemCount() + "-item list is "
                        + s.info().size() + " items");
            }
            if (!ItemListFingerprint.of(part.stream().map(PredictionRecord::id).toList()).equals(s.info().itemsSha256())) {
                throw new InvalidInputException(file, "shard " + s.info().shard().label()
                        + " does not hold the items of its part of the list (item fingerprint differs from its"
                        + " manifest): was the file edited or copied from another run?");
            }
            parts.add(part);
        }
        int full = shards.get(0).info().fullItemCount();
        List<PredictionRecord> records = new ArrayList<>(full);
        for (int p = 0; p < full; p++) {
            records.add(parts.get(p % count).get(p / count));
        }
        String rebuilt = ItemListFingerprint.of(records.stream().map(PredictionRecord::id).toList());
        if (!rebuilt.equals(shards.get(0).info().itemListSha256())) {
            throw new InvalidInputException(new RunFiles(shards.get(0).dir()).manifest(), "the shards' items do not"
                    + " make up the item list their manifests record (fingerprint " + rebuilt + " instead of "
                    + shards.get(0).info().itemListSha256() + ")");
        }
        return records;
    }

    /** Whether {@code dir} holds a finished merge of exactly these shard runs (same ids, same finish times). */
    private static boolean isMergeOf(Path dir, List<ShardRun> shards) {
        RunFiles files = new RunFiles(dir);
        if (!Files.isRegularFile(files.manifest()) || !Files.isRegularFile(files.predictions())
                || Files.exists(files.checkpoint())) {
            return false;
        }
        RunManifest m;
        try {
            m = RunManifest.read(files.manifest());
        } catch (InvalidInputException | UncheckedIOException e) {
            return false;
        }
        JsonNode recorded = m.extra().get(MergedManifest.KEY);
        if (recorded == null) {
            return false;
        }
        List<Object> expected = new ArrayList<>();
        shards.forEach(s -> expected.add(MergedManifest.part(s)));
        // Compared as written: a number read back is an int node where the list built here has longs.
        return PyJson.compact(recorded.path("shards")).equals(PyJson.compact(expected));
    }

    private static boolean holdsFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
