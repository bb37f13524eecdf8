package org.chaosbench.runs.eval.runner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.provider.Provider;
import org.chaosbench.runs.eval.provider.ProviderFactory;
import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.IsoTime;

/**
 * What identifies a new run before it starts, worked out exactly as
 * {@link Evaluations#evaluate} does: the resolved settings and plan, the provider name the
 * manifest will record, and the inputs SHA-256 that the finished run's manifest carries under
 * {@code inputs_sha256} (dataset SHA, evaluated file SHA, prompt hash, provider name and the
 * options that change what is evaluated).
 *
 * @param plan the items, prompt and fingerprints the run would evaluate
 * @param providerName the provider's name as manifests and run ids record it, e.g. {@code baseline/random-p0.5}
 * @param sha256 the inputs SHA-256
 */
public record RunInputs(EvalPlan plan, String providerName, String sha256) {

    /**
     * The inputs of a new run with these options over the root. Reads the dataset and the
     * prompt template; creates the provider only to learn its name (offline: no call is made).
     *
     * @throws IllegalArgumentException for options a run would refuse (unknown provider, missing model...)
     */
    public static RunInputs of(Path root, EvalOptions options, ApiKeys keys) {
        EvalSettings settings = options.resolve();
        EvalPlan plan = EvalPlan.of(root, settings);
        String name;
        try (Provider provider = ProviderFactory.create(Evaluations.providerConfig(settings), keys)) {
            name = provider.name();
        }
        return new RunInputs(plan, name, sha(plan, name));
    }

    /**
     * The inputs SHA-256 of a plan run by the named provider, the value of a finished run's
     * {@code inputs_sha256}. One formula: this delegates to the runner's own computation.
     */
    public static String sha(EvalPlan plan, String providerName) {
        return sha(plan, providerName, plan.settings());
    }

    /**
     * The inputs SHA-256 of the whole run a shard is part of: what an unsharded run of the same
     * options records, and so what the run merged from all shards records.
     */
    public static String unshardedSha(EvalPlan plan, String providerName) {
        return sha(plan, providerName, plan.settings().unsharded());
    }

    private static String sha(EvalPlan plan, String providerName, EvalSettings settings) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("dataset_global_sha256", plan.datasetSha());
        inputs.put("evaluated_sha256", plan.evaluatedSha());
        inputs.put("prompt_hash", plan.template().hash());
        inputs.put("provider", providerName);
        Map<String, Object> options = new LinkedHashMap<>(settings.toJson());
        // How a run is carried out (concurrency, budget, HTTP patience) does not change what it evaluates.
        options.remove("workers");
        options.remove("max_usd");
        options.remove("request_timeout_s");
        options.remove("max_attempts");
        inputs.put("options", options);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(PyJson.compact(inputs).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The id of a new run of the named provider started at {@code start}: its UTC start time
     * to the second and the provider name with {@code /} as {@code _}, e.g.
     * {@code 20261129T120000Z_baseline_always-true} (the runner's formula).
     */
    public static String runId(Instant start, String providerName) {
        return IsoTime.runIdStamp(start) + "_" + providerName.replace('/', '_');
    }

    /** The id of a new run of this plan: {@link #runId(Instant, String)}, plus {@code _shard2of4} for a shard. */
    public static String runId(Instant start, String providerName, EvalPlan plan) {
        return runId(start, providerName) + (plan.shard() == null ? "" : plan.shard().shard().runIdSuffix());
    }
}
