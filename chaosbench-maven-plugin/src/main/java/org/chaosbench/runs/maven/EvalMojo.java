package org.chaosbench.runs.maven;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.provider.ProviderKind;
import org.chaosbench.runs.eval.runner.CompletedRuns;
import org.chaosbench.runs.eval.runner.EvalConsole;
import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalProgress;
import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.eval.runner.Evaluations;
import org.chaosbench.runs.eval.runner.RunInputs;
import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * Evaluates models on the dataset into run folders (FORMATS 5), as {@code bin/chaosbench eval}
 * does, once for each configured {@code <evaluation>} (or once with the
 * {@code -Dchaosbench.<option>} values when the POM configures none). The goal is
 * incremental: an evaluation whose finished run with the same inputs (dataset, prompt,
 * provider and model, options) is already in the output folder is skipped with a log line,
 * unless {@code -Dchaosbench.eval.force=true}. It fails the build only on broken
 * configuration or I/O, never on the results, which a later goal judges. API keys come from
 * the environment and from settings.xml {@code <server>} entries whose id is the provider's
 * ({@code openai}, {@code anthropic}, {@code gemini}...), passwords decrypted; no key is ever
 * logged or written. Example:
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>eval</goal></goals>
 *   <configuration>
 *     <evaluations>
 *       <evaluation><provider>always-true</provider></evaluation>
 *       <evaluation><provider>random</provider><trueRate>0.5</trueRate></evaluation>
 *     </evaluations>
 *   </configuration>
 * </execution>
 * }</pre>
 */
@Mojo(name = "eval", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class EvalMojo extends AbstractChaosbenchMojo {
    /**
     * The evaluations to run, each an {@code <evaluation>} with the options of
     * {@code bin/chaosbench eval} in camelCase ({@code provider}, {@code model}, {@code maxItems},
     * {@code trueRate}...). When none is configured, the goal runs one evaluation from the
     * {@code -Dchaosbench.<option>} values. Configured in the POM only. Example:
     * {@code <evaluations><evaluation><provider>always-true</provider></evaluation></evaluations>}.
     */
    @Parameter
    private List<Evaluation> evaluations;

    /**
     * Parent of the run folders, relative to the root. Example: {@code -Dchaosbench.outputDir=target/runs}.
     */
    @Parameter(property = "chaosbench.outputDir", defaultValue = "runs")
    private String outputDir;

    /**
     * Evaluate again even when a finished run with the same inputs exists. Example:
     * {@code -Dchaosbench.eval.force=true}.
     */
    @Parameter(property = "chaosbench.eval.force", defaultValue = "false")
    private boolean force;

    /**
     * Continue an interrupted or budget-stopped run, by its id under the output folder or its
     * folder; its saved settings are used. Configured evaluations follow it. Example:
     * {@code -Dchaosbench.resume=20261129T101500Z_ollama_qwen2.5:7b}.
     */
    @Parameter(property = "chaosbench.resume")
    private String resume;

    /** Provider of the command-line evaluation. Example: {@code -Dchaosbench.provider=always-true}. */
    @Parameter(property = "chaosbench.provider")
    private String provider;

    /** Model id (every provider but mock and the baselines). Example: {@code -Dchaosbench.model=qwen2.5:7b}. */
    @Parameter(property = "chaosbench.model")
    private String model;

    /**
     * API base URL (openai-compatible; overrides the default of the others). Example:
     * {@code -Dchaosbench.baseUrl=http://localhost:8000/v1}.
     */
    @Parameter(property = "chaosbench.baseUrl")
    private String baseUrl;

    /**
     * {@code canonical} (default) or a JSONL path relative to the root. Example:
     * {@code -Dchaosbench.dataset=data/v22_atomic.jsonl}.
     */
    @Parameter(property = "chaosbench.dataset")
    private String dataset;

    /**
     * Subset file relative to the root; takes precedence over the dataset. Example:
     * {@code -Dchaosbench.subset=data/subsets/api_balanced_100.jsonl}.
     */
    @Parameter(property = "chaosbench.subset")
    private String subset;

    /** Evaluate a random sample of this many items (seeded by the seed). Example: {@code -Dchaosbench.maxItems=100}. */
    @Parameter(property = "chaosbench.maxItems")
    private Long maxItems;

    /** Sampling seed; also seeds the random baseline (default 42). Example: {@code -Dchaosbench.seed=7}. */
    @Parameter(property = "chaosbench.seed")
    private Long seed;

    /** Evaluate in a deterministic shuffled order. Example: {@code -Dchaosbench.shuffleSeed=7}. */
    @Parameter(property = "chaosbench.shuffleSeed")
    private Long shuffleSeed;

    /** Items evaluated at once (default: by provider and model size). Example: {@code -Dchaosbench.workers=4}. */
    @Parameter(property = "chaosbench.workers")
    private Integer workers;

    /**
     * Reprompts after an unreadable answer; any value of 1 or more means one (default 1).
     * Example: {@code -Dchaosbench.retries=0}.
     */
    @Parameter(property = "chaosbench.retries")
    private Integer retries;

    /** Sampling temperature (default 0.0). Example: {@code -Dchaosbench.temperature=0.7}. */
    @Parameter(property = "chaosbench.temperature")
    private Double temperature;

    /** Answer token limit (default 16). Example: {@code -Dchaosbench.maxTokens=32}. */
    @Parameter(property = "chaosbench.maxTokens")
    private Integer maxTokens;

    /** Lenient parsing (answer patterns before the last line). Example: {@code -Dchaosbench.lenient=true}. */
    @Parameter(property = "chaosbench.lenient")
    private Boolean lenient;

    /** Strict parsing (the default; wins over lenient). Example: {@code -Dchaosbench.strictParsing=true}. */
    @Parameter(property = "chaosbench.strictParsing")
    private Boolean strictParsing;

    /** Free label recorded in the manifest's budget.phase. Example: {@code -Dchaosbench.phase=pilot}. */
    @Parameter(property = "chaosbench.phase")
    private String phase;

    /**
     * Keep the first N characters of each answer (default 0: all). Example:
     * {@code -Dchaosbench.truncatePredText=200}.
     */
    @Parameter(property = "chaosbench.truncatePredText")
    private Long truncatePredText;

    /**
     * Stop once the run has cost this much, in USD (prices in data/pricing/); the run is then
     * left incomplete and resumable. Example: {@code -Dchaosbench.maxUsd=2}.
     */
    @Parameter(property = "chaosbench.maxUsd")
    private Double maxUsd;

    /**
     * Prompt template relative to the root (default data/prompts/default.json). Example:
     * {@code -Dchaosbench.promptTemplate=data/prompts/original.json}.
     */
    @Parameter(property = "chaosbench.promptTemplate")
    private String promptTemplate;

    /** TRUE rate of the random baseline (default 0.5). Example: {@code -Dchaosbench.trueRate=0.3}. */
    @Parameter(property = "chaosbench.trueRate")
    private Double trueRate;

    /** Limit of one HTTP attempt, in seconds (default 60). Example: {@code -Dchaosbench.requestTimeout=30}. */
    @Parameter(property = "chaosbench.requestTimeout")
    private Double requestTimeout;

    /** HTTP attempts per prompt, with back-off between them (default 3). Example: {@code -Dchaosbench.maxAttempts=5}. */
    @Parameter(property = "chaosbench.maxAttempts")
    private Integer maxAttempts;

    /**
     * Evaluate shard I of N of the item list (every N-th item) into its own run folder
     * ({@code ..._shardIofN}); merge the N runs with the {@code merge-shards} goal. Applies to
     * every evaluation of the execution that sets no {@code <shard>} of its own, so one CI matrix
     * entry per shard can run a POM's evaluations. Example: {@code -Dchaosbench.shard=2/4}.
     */
    @Parameter(property = "chaosbench.shard")
    private String shard;

    /** The build's settings, for the API keys of its {@code <server>} entries. */
    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    private final SettingsDecrypter decrypter;

    @Inject
    public EvalMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    protected void run() throws MojoExecutionException {
        Path rootDir = root.toPath().toAbsolutePath().normalize();
        Path output = rootDir.resolve(outputDir).normalize();
        Evaluation commandLine = commandLine();
        boolean configured = evaluations != null && !evaluations.isEmpty();
        List<Evaluation> todo = new ArrayList<>();
        if (configured) {
            if (commandLine.anyGiven()) {
                getLog().warn("The -Dchaosbench.<option> values describe one evaluation from the command line;"
                        + " this execution configures <evaluations>, so they are not used.");
            }
            todo.addAll(evaluations);
        } else if (resume == null) {
            if (commandLine.provider() == null) {
                throw new MojoExecutionException("No evaluation to run: configure <evaluations> in the POM or give"
                        + " -Dchaosbench.provider=... (e.g. -Dchaosbench.provider=always-true).");
            }
            todo.add(commandLine);
        }
        ApiKeys keys = apiKeys();
        Clock clock = Clock.systemUTC();
        // Every evaluation's configuration (and the key of each that will run) is checked before
        // the first one starts: a typo in the last one must not surface after hours of the others.
        List<EvalOptions> options = new ArrayList<>();
        List<RunInputs> inputs = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            EvalOptions o = todo.get(i).toOptions();
            if (o.shard == null) {
                o.shard = shard;
            }
            RunInputs in = call(label(i, todo.size(), o), () -> {
                RunInputs planned = RunInputs.of(rootDir, o, keys);
                if (force || CompletedRuns.find(output, planned.sha256()).isEmpty()) {
                    Evaluations.checkRunnable(rootDir, planned.plan().settings(), keys);
                }
                return planned;
            });
            options.add(o);
            inputs.add(in);
        }
        if (resume != null) {
            getLog().info("Resuming run " + resume);
            EvalOptions given = configured ? new EvalOptions() : commandLine.toOptions();
            given.shard = shard;
            report(call("the resumed run " + resume,
                    () -> Evaluations.evaluate(rootDir, output, given, resume, keys, this::progress, clock)));
        }
        for (int i = 0; i < todo.size(); i++) {
            EvalOptions o = options.get(i);
            RunInputs in = inputs.get(i);
            String label = label(i, todo.size(), o);
            Optional<Path> done = force ? Optional.empty()
                    : call(label, () -> CompletedRuns.find(output, in.sha256()));
            if (done.isPresent()) {
                getLog().info("Skipping " + in.providerName() + ": run " + done.get().getFileName()
                        + " already has these inputs (-Dchaosbench.eval.force=true re-runs it)");
                continue;
            }
            int items = in.plan().selection().items().size();
            getLog().info("Evaluating " + in.providerName() + " (" + (i + 1) + " of " + todo.size() + ", "
                    + (in.plan().shard() == null ? items + " items"
                            : "shard " + in.plan().shard().shard().label() + ": " + items + " of "
                                    + in.plan().shard().fullItemCount() + " items")
                    + ")");
            report(call(label, () -> Evaluations.evaluate(rootDir, output, in, keys, this::progress, clock)));
        }
    }

    private static String label(int index, int count, EvalOptions o) {
        return "evaluation " + (index + 1) + " of " + count + " (provider " + o.provider
                + (o.shard == null ? "" : ", shard " + o.shard) + ")";
    }

    private void progress(EvalProgress.Snapshot s) {
        getLog().info(s.line());
    }

    /** The session's outcome; a budget stop is a result, not an error: the run stays resumable. */
    private void report(EvalRun.Result r) {
        List<String> lines = EvalConsole.finished(r);
        if (r.status() == EvalRun.Status.COMPLETE) {
            info(lines);
        } else {
            lines.forEach(getLog()::warn);
            getLog().warn("  or with Maven: -Dchaosbench.resume=" + r.runId() + " -Dchaosbench.maxUsd=<new limit>");
        }
    }

    private interface Step<T> {
        T run();
    }

    /** Runs a library step, turning broken configuration or input into a build error that names the evaluation. */
    private static <T> T call(String label, Step<T> step) throws MojoExecutionException {
        try {
            return step.run();
        } catch (IllegalArgumentException | IllegalStateException | InvalidInputException | UncheckedIOException e) {
            throw new MojoExecutionException("Cannot run " + label + ": " + e.getMessage(), e);
        }
    }

    private Evaluation commandLine() {
        return new Evaluation(provider, model, baseUrl, dataset, subset, maxItems, seed, shuffleSeed, workers, retries,
                temperature, maxTokens, lenient, strictParsing, phase, truncatePredText, maxUsd, promptTemplate,
                trueRate, requestTimeout, maxAttempts);
    }

    /**
     * The environment's keys plus the decrypted passwords of the settings.xml servers whose id is
     * a provider id or a key variable ({@code openai}, {@code OPENAI_API_KEY}...). Other servers are
     * not touched; a server whose password cannot be decrypted is left out with a warning.
     */
    ApiKeys apiKeys() {
        Set<String> ids = new LinkedHashSet<>();
        for (ProviderKind kind : ProviderKind.values()) {
            if (!kind.keyVariables().isEmpty()) {
                ids.add(kind.id());
                ids.addAll(kind.keyVariables());
            }
        }
        Map<String, String> fromServers = new LinkedHashMap<>();
        for (Server server : settings == null ? List.<Server>of() : settings.getServers()) {
            if (!ids.contains(server.getId()) || server.getPassword() == null) {
                continue;
            }
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            if (!result.getProblems().isEmpty()) {
                for (SettingsProblem p : result.getProblems()) {
                    getLog().warn("settings.xml server '" + server.getId() + "' is not used: " + p.getMessage());
                }
                continue;
            }
            fromServers.put(server.getId(), result.getServer().getPassword());
        }
        if (!fromServers.isEmpty()) {
            getLog().debug("API keys from settings.xml servers: " + fromServers.keySet()); // ids only
        }
        return ApiKeys.fromEnvironment().withExtra(fromServers);
    }
}
