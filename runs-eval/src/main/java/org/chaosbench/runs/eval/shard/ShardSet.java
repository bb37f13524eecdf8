package org.chaosbench.runs.eval.shard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.eval.runner.EvalSettings;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.run.RunFiles;

/**
 * Checks that shard runs are the parts of one run: the same dataset, item list, prompt,
 * provider, options and commit, each part exactly once and none missing. Every refusal names
 * the shard (its I/N and folder) and the one it disagrees with.
 */
public final class ShardSet {
    /** Settings that change how, not what, a shard evaluates (and the shard itself). */
    private static final Set<String> HOW = Set.of("shard", "workers", "max_usd", "request_timeout_s", "max_attempts");

    private ShardSet() {
    }

    /**
     * @return the shards ordered by index, 1 to N
     * @throws InvalidInputException naming the shard that does not belong, or appears twice
     * @throws IllegalArgumentException when none is given or one is missing
     */
    public static List<ShardRun> check(List<ShardRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no shard run folder given: name every shard run folder of the run,"
                    + " or a folder holding them");
        }
        ShardRun ref = runs.get(0);
        for (ShardRun r : runs.subList(1, runs.size())) {
            belongsWith(r, ref);
        }
        TreeMap<Integer, ShardRun> byIndex = new TreeMap<>();
        for (ShardRun r : runs) {
            ShardRun before = byIndex.putIfAbsent(r.info().shard().index(), r);
            if (before != null) {
                throw new InvalidInputException(r.dir(), "shard " + r.info().shard().label() + " is given twice: "
                        + before.dir() + " and " + r.dir() + " (keep one of them)");
            }
        }
        int count = ref.info().shard().count();
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            String given = byIndex.values().stream().map(r -> r.info().shard().label()).collect(Collectors.joining(", "));
            throw new IllegalArgumentException((missing.size() == 1 ? "shard " + missing.get(0) + " is missing"
                    : "shards " + String.join(", ", missing) + " are missing") + " (given: " + given
                    + "); a shard run's folder name ends with _shard<I>of" + count);
        }
        return List.copyOf(byIndex.values());
    }

    private static void belongsWith(ShardRun r, ShardRun ref) {
        ShardInfo a = r.info();
        ShardInfo b = ref.info();
        if (a.shard().count() != b.shard().count()) {
            refuse(r, ref, "is one of " + a.shard().count() + " shards, but", "is one of " + b.shard().count());
        }
        if (!Objects.equals(r.manifest().datasetGlobalSha256(), ref.manifest().datasetGlobalSha256())) {
            refuse(r, ref, "was evaluated on another dataset (dataset_global_sha256 " + r.manifest().datasetGlobalSha256()
                    + ") than", "(" + ref.manifest().datasetGlobalSha256() + ")");
        }
        if (!r.evaluatedDataset().equals(ref.evaluatedDataset())) {
            refuse(r, ref, "was evaluated on another dataset file (" + r.evaluatedDataset() + ") than",
                    "(" + ref.evaluatedDataset() + ")");
        }
        if (!Objects.equals(r.manifest().promptHash(), ref.manifest().promptHash())) {
            refuse(r, ref, "used another prompt (prompt_hash " + r.manifest().promptHash() + ") than",
                    "(" + ref.manifest().promptHash() + ")");
        }
        if (!Objects.equals(r.manifest().provider(), ref.manifest().provider())) {
            refuse(r, ref, "evaluated another provider (" + r.manifest().provider() + ") than",
                    "(" + ref.manifest().provider() + ")");
        }
        if (a.fullItemCount() != b.fullItemCount() || !a.itemListSha256().equals(b.itemListSha256())) {
            refuse(r, ref, "split another item list (" + a.fullItemCount() + " items, fingerprint "
                    + a.itemListSha256() + ") than", "(" + b.fullItemCount() + " items, " + b.itemListSha256()
                    + "); check --max-items, --seed and --shuffle-seed");
        }
        if (!Objects.equals(a.runInputsSha256(), b.runInputsSha256())) {
            refuse(r, ref, "was run with other evaluation options" + optionsDiff(r, ref) + " than", "");
        }
        if (!Objects.equals(r.manifest().gitCommit(), ref.manifest().gitCommit())) {
            refuse(r, ref, "was run at another commit (" + r.manifest().gitCommit() + ") than",
                    "(" + ref.manifest().gitCommit() + ")");
        }
    }

    private static void refuse(ShardRun r, ShardRun ref, String problem, String refPart) {
        throw new InvalidInputException(new RunFiles(r.dir()).manifest(), "shard " + r.info().shard().label() + " "
                + problem + " " + ref.name() + (refPart.isEmpty() ? "" : " " + refPart)
                + ": these runs are not shards of one run");
    }

    /**
     * {@code (temperature 0.7 vs 0.0, ...)} from the runner's saved settings when both folders
     * still hold them (a copy made by a CI artifact may not), else nothing.
     */
    private static String optionsDiff(ShardRun r, ShardRun ref) {
        Path fa = r.dir().resolve(EvalSettings.FILE_NAME);
        Path fb = ref.dir().resolve(EvalSettings.FILE_NAME);
        if (!Files.isRegularFile(fa) || !Files.isRegularFile(fb)) {
            return "";
        }
        ObjectNode a = JsonFiles.readObject(fa);
        ObjectNode b = JsonFiles.readObject(fb);
        List<String> diffs = new ArrayList<>();
        Set<String> keys = new java.util.TreeSet<>();
        a.fieldNames().forEachRemaining(keys::add);
        b.fieldNames().forEachRemaining(keys::add);
        for (Iterator<String> it = keys.iterator(); it.hasNext();) {
            String key = it.next();
            JsonNode va = a.get(key);
            JsonNode vb = b.get(key);
            if (!HOW.contains(key) && !Objects.equals(va, vb)) {
                diffs.add(key + " " + va + " vs " + vb);
            }
        }
        return diffs.isEmpty() ? "" : " (" + String.join(", ", diffs) + ")";
    }
}
