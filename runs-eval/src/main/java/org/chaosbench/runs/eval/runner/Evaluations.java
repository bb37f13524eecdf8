package org.chaosbench.runs.eval.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.provider.Provider;
import org.chaosbench.runs.eval.provider.ProviderConfig;
import org.chaosbench.runs.eval.provider.ProviderFactory;

/**
 * The {@code eval} operation as both front ends call it: resolve the settings (new run, or
 * the saved settings of a resumed one), plan, price, run.
 */
public final class Evaluations {
    private Evaluations() {
    }

    /**
     * @param root project root (data/, prompts, pricing)
     * @param outputDir parent of run folders, relative paths resolved against the root
     * @param resume run id or run folder to continue, or null for a new run
     */
    public static EvalRun.Result evaluate(Path root, Path outputDir, EvalOptions options, String resume, ApiKeys keys,
            EvalProgress progress, Clock clock) {
        Path output = root.resolve(outputDir).normalize();
        Path resumeDir = resume == null ? null : RunLocator.resolve(root, output, resume);
        return run(root, output, EvalPlan.of(root, settingsFor(options, resumeDir)), resumeDir, keys, progress, clock);
    }

    /**
     * A new run of inputs already planned with {@link RunInputs#of}, so that a front end that
     * first looked for a completed run does not read the dataset a second time.
     */
    public static EvalRun.Result evaluate(Path root, Path outputDir, RunInputs planned, ApiKeys keys,
            EvalProgress progress, Clock clock) {
        return run(root, root.resolve(outputDir).normalize(), planned.plan(), null, keys, progress, clock);
    }

    private static EvalRun.Result run(Path root, Path output, EvalPlan plan, Path resumeDir, ApiKeys keys,
            EvalProgress progress, Clock clock) {
        checkRunnable(root, plan.settings(), keys); // fails before any call on a bad option
        ProviderConfig config = providerConfig(plan.settings());
        return EvalRun.run(plan, output, resumeDir, s -> create(config, keys), Pricing.budgetFor(root, plan.settings()),
                progress, clock);
    }

    private static EvalSettings settingsFor(EvalOptions options, Path resumeDir) {
        if (resumeDir != null && Files.exists(resumeDir.resolve(EvalSettings.FILE_NAME))) {
            return options.resolveAgainst(EvalSettings.read(resumeDir.resolve(EvalSettings.FILE_NAME)));
        }
        // A run of the original tool saved no settings: as there, the options must be repeated.
        return options.resolve();
    }

    /**
     * The complete run under {@code outputDir} that a new evaluation with these options would
     * repeat: the settings, plan and provider name resolved as {@link #evaluate} does for a new
     * run, and a finished run whose manifest records the same {@code inputs_sha256}. Empty when
     * there is none, so the evaluation has to run.
     *
     * @param outputDir parent of run folders, relative paths resolved against the root
     * @throws IllegalArgumentException for options a run would refuse (unknown provider...)
     */
    public static Optional<Path> findCompletedRun(Path root, Path outputDir, EvalOptions options, ApiKeys keys) {
        return findCompletedRun(root, outputDir, RunInputs.of(root, options, keys));
    }

    /** The same for inputs already planned. */
    public static Optional<Path> findCompletedRun(Path root, Path outputDir, RunInputs planned) {
        return CompletedRuns.find(root.resolve(outputDir).normalize(), planned.sha256());
    }

    /**
     * The checks {@link #evaluate} makes before its first call: a price for the model when a
     * budget is set, valid provider options, an API key where the provider requires one. For a
     * front end that runs a series of evaluations and wants every one checked before the first
     * starts.
     *
     * @throws IllegalArgumentException naming what is wrong (a key variable, never a key)
     */
    public static void checkRunnable(Path root, EvalSettings settings, ApiKeys keys) {
        Pricing.budgetFor(root, settings);
        ProviderFactory.missingKey(providerConfig(settings), keys).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }

    public static ProviderConfig providerConfig(EvalSettings s) {
        return ProviderConfig.builder(s.provider()).model(s.model()).baseUrl(s.baseUrl()).temperature(s.temperature())
                .maxTokens(s.maxTokens()).randomTrueRate(s.trueRate()).baselineSeed(s.seed())
                .requestTimeout(java.time.Duration.ofMillis(Math.round(s.requestTimeoutS() * 1000)))
                .maxAttempts(s.maxAttempts()).build();
    }

    private static Provider create(ProviderConfig config, ApiKeys keys) {
        return ProviderFactory.create(config, keys);
    }
}
