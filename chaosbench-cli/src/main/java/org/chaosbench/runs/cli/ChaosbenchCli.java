package org.chaosbench.runs.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.chaosbench.runs.ingest.io.InvalidInputException;

/** The {@code chaosbench} command: one subcommand per operation, each a thin call into the libraries. */
@Command(name = "chaosbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Evaluate, audit and publish ChaosBench-Logic runs.",
        footer = {"", "Examples:", "  bin/chaosbench quickstart", "  bin/chaosbench eval --provider always-true",
                "  bin/chaosbench eval --provider ollama --model qwen2.5:7b --max-items 100",
                "  bin/chaosbench validate", "  bin/chaosbench fingerprint --root ../dataset",
                "  bin/chaosbench freeze --check", "  bin/chaosbench analyze-runs --fail-on exploratory-published",
                "  bin/chaosbench metrics --run runs/<run_id>",
                "  bin/chaosbench site --published-dir published_results/runs --runs-dir runs --out target/site",
                "", "Run `bin/chaosbench <command> --help` for the options of a command."})
public final class ChaosbenchCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Every subcommand, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(FingerprintCommand.class, FreezeCommand.class,
            ValidateCommand.class, MetricsCommand.class, EvalCommand.class, MergeShardsCommand.class,
            AnalyzeRunsCommand.class, PublishRunCommand.class, IndexCommand.class, SiteCommand.class,
            PaperAssetsCommand.class, QuickstartCommand.class, BenchmarkCommand.class, BenchmarkEvalCommand.class,
            BenchmarkAuditCommand.class, BenchmarkSiteCommand.class, BenchmarkChartsCommand.class);

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code: 0 ok, 1 failure, 2 usage error. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ChaosbenchCli());
        // picocli reads every option of every registered command up front (a third of a second
        // for all of them); a command line that names its command needs only that one.
        Class<?> named = args.length == 0 ? null : byName(args[0]);
        for (Class<?> command : named != null ? List.<Class<?>>of(named) : SUBCOMMANDS) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + message(e));
            commandLine.getErr().flush();
            return 1;
        });
        return cli.execute(args);
    }

    private static Class<?> byName(String name) {
        for (Class<?> command : SUBCOMMANDS) {
            Command c = command.getAnnotation(Command.class);
            if (c.name().equals(name) || Arrays.asList(c.aliases()).contains(name)) {
                return command;
            }
        }
        return null;
    }

    /** A user-facing error: the tool's own message without a stack trace. */
    static String message(Exception e) {
        if (e instanceof InvalidInputException || e instanceof java.io.UncheckedIOException
                || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
