package org.chaosbench.runs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.runner.EvalConsole;
import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalProgress;
import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.eval.runner.Evaluations;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate a model on the dataset into runs/<run_id>/ (FORMATS 5): every answer is",
                "checkpointed as it arrives, so an interrupted run continues with --resume."},
        footer = {"", "Examples:", "  bin/chaosbench eval --provider always-true",
                "  bin/chaosbench eval --provider ollama --model qwen2.5:7b --max-items 100",
                "  OPENAI_API_KEY=... bin/chaosbench eval --provider openai --model gpt-4o-mini --max-usd 2",
                "  bin/chaosbench eval --provider openai-compatible --base-url http://localhost:8000/v1 --model m",
                "  bin/chaosbench eval --resume 20261129T101500Z_ollama_qwen2.5:7b",
                "  bin/chaosbench eval --provider ollama --model qwen2.5:7b --shard 2/4   (see docs/SHARDING.md)",
                "", "Providers: mock, always-true, always-false, random, ollama, openai, anthropic, gemini,",
                "deepseek, openrouter, groq, openai-compatible. API keys come from the environment",
                "(OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY, ...) and are never written anywhere."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;

    @Option(names = "--provider", description = "Provider (required for a new run).")
    String provider;
    @Option(names = "--model", description = "Model id (every provider but mock and the baselines).")
    String model;
    @Option(names = "--base-url", paramLabel = "URL", description = "API base URL (openai-compatible; overrides the default of others).")
    String baseUrl;
    @Option(names = "--dataset", description = "canonical (default) or a JSONL path relative to the root.")
    String dataset;
    @Option(names = "--subset", paramLabel = "JSONL", description = "Subset file relative to the root; takes precedence over --dataset.")
    String subset;
    @Option(names = "--max-items", description = "Evaluate a random sample of this many items (seeded by --seed).")
    Long maxItems;
    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "runs", description = "Parent of run folders (default: ${DEFAULT-VALUE}).")
    Path outputDir;
    @Option(names = "--seed", description = "Sampling seed; also seeds the random baseline (default 42).")
    Long seed;
    @Option(names = "--workers", description = "Items evaluated at once (default: by provider and model size).")
    Integer workers;
    @Option(names = "--retries", description = "Reprompts after an unreadable answer; any value >= 1 means one (default 1).")
    Integer retries;
    @Option(names = "--temperature", description = "Sampling temperature (default 0.0).")
    Double temperature;
    @Option(names = "--max-tokens", description = "Answer token limit (default 16).")
    Integer maxTokens;
    @Option(names = "--lenient", description = "Lenient parsing (answer patterns before the last line).")
    Boolean lenient;
    @Option(names = "--strict-parsing", description = "Strict parsing (the default; wins over --lenient).")
    Boolean strictParsing;
    @Option(names = "--resume", paramLabel = "RUN", description = "Continue a run: its id under --output-dir, or its folder.")
    String resume;
    @Option(names = "--shuffle-seed", description = "Evaluate in a deterministic shuffled order.")
    Long shuffleSeed;
    @Option(names = "--phase", description = "Free label recorded in the manifest's budget.phase.")
    String phase;
    @Option(names = "--truncate-pred-text", paramLabel = "N", description = "Keep the first N characters of each answer (default 0: all).")
    Long truncatePredText;
    @Option(names = "--max-usd", description = "Stop once the run has cost this much (prices in data/pricing/).")
    Double maxUsd;
    @Option(names = "--prompt-template", paramLabel = "FILE", description = "Prompt template relative to the root (default data/prompts/default.json).")
    String promptTemplate;
    @Option(names = "--true-rate", description = "TRUE rate of the random baseline (default 0.5).")
    Double trueRate;
    @Option(names = "--request-timeout", paramLabel = "SECONDS", description = "Limit of one HTTP attempt (default 60).")
    Double requestTimeout;
    @Option(names = "--max-attempts", description = "HTTP attempts per prompt, with back-off between them (default 3).")
    Integer maxAttempts;
    @Option(names = "--shard", paramLabel = "I/N", description = {"Evaluate shard I of N: every N-th item of the selected, ordered list,",
            "into its own run folder (..._shardIofN); merge the N runs with merge-shards."})
    String shard;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        EvalProgress progress = new EvalProgress() {
            @Override
            public void update(EvalProgress.Snapshot s) {
                err.println(s.line());
            }

            @Override
            public void notice(String line) {
                err.println(line);
            }
        };
        EvalRun.Result r = Evaluations.evaluate(root.root, outputDir, options(), resume, ApiKeys.fromEnvironment(),
                progress, Clock.systemUTC());
        EvalConsole.finished(r).forEach(spec.commandLine().getOut()::println);
        return r.status() == EvalRun.Status.COMPLETE ? 0 : 3;
    }

    private EvalOptions options() {
        EvalOptions o = new EvalOptions();
        o.provider = provider;
        o.model = model;
        o.baseUrl = baseUrl;
        o.dataset = dataset;
        o.subset = subset;
        o.maxItems = maxItems;
        o.seed = seed;
        o.workers = workers;
        o.retries = retries;
        o.temperature = temperature;
        o.maxTokens = maxTokens;
        o.lenient = lenient;
        o.strictParsing = strictParsing;
        o.shuffleSeed = shuffleSeed;
        o.phase = phase;
        o.truncatePredText = truncatePredText;
        o.maxUsd = maxUsd;
        o.promptTemplate = promptTemplate;
        o.trueRate = trueRate;
        o.requestTimeoutS = requestTimeout;
        o.maxAttempts = maxAttempts;
        o.shard = shard;
        return o;
    }
}
