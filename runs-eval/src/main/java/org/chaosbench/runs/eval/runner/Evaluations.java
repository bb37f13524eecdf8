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
        EvalSettings settings = settingsFor(options, resumeDir);
        EvalPlan plan = EvalPlan.of(root, settings);
        Budget budget = Pricing.budgetFor(root, settings);
        ProviderConfig config = providerConfig(settings); // fails before any call on a bad option
        ProviderFactory.missingKey(config, keys).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        return EvalRun.run(plan, output, resumeDir, s -> create(config, keys), budget, progress, clock);
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
        return CompletedRuns.find(root.resolve(outputDir).normalize(), RunInputs.of(root, options, keys).sha256());
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
