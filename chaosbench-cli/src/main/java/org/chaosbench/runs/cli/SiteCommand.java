package org.chaosbench.runs.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.report.site.SiteBuilder;
import org.chaosbench.runs.report.site.SiteOptions;
import org.chaosbench.runs.report.site.SiteResult;
import org.chaosbench.runs.report.site.SiteWatcher;

@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"Build the static leaderboard site: one board per dataset fingerprint and",
                "item selection, a page per run, CSV/JSON downloads and a changelog. Relative",
                "links only; it works from file:// and on GitHub Pages. Unchanged pages are not",
                "rewritten. With --watch it keeps running and rebuilds whenever a run is",
                "published, changed or removed."},
        footer = {"", "Examples:", "  bin/chaosbench site --published-dir published_results/runs --out target/site",
                "  bin/chaosbench site --published-dir ../shared/reference/published_results/runs --runs-dir runs "
                        + "--out /tmp/site",
                "  bin/chaosbench site --published-dir published_results/runs --out target/site --watch"})
final class SiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RootOption root;

    @Option(names = "--published-dir", paramLabel = "DIR", required = true,
            description = "Published run folders (manifest, metrics, summary, receipt).")
    Path publishedDir;

    @Option(names = "--runs-dir", paramLabel = "DIR", description = "Live run folders to show as well.")
    Path runsDir;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The site folder.")
    Path out;

    @Option(names = "--template-dir", paramLabel = "DIR",
            description = "Files here replace bundled templates of the same name (e.g. site/board.ftlh, site/assets/site.css).")
    Path templateDir;

    @Option(names = "--watch", description = "Keep running: rebuild whenever a run is published, changed or removed "
            + "(Ctrl-C stops). A rebuild in the running process is several times faster than a new one.")
    boolean watch;

    @Option(names = "--watch-interval", paramLabel = "MS", defaultValue = "250",
            description = "With --watch: how often to look for changes, in milliseconds (default: ${DEFAULT-VALUE}).")
    long watchIntervalMs;

    @Override
    public Integer call() throws InterruptedException {
        SiteOptions options = new SiteOptions(root.root, publishedDir, runsDir, out, templateDir);
        if (watch) {
            var console = spec.commandLine();
            new SiteWatcher(options, Duration.ofMillis(watchIntervalMs))
                    .run(SiteWatcher.console(console.getOut()::println, console.getErr()::println), () -> false);
            return 0;
        }
        SiteResult result = SiteBuilder.build(options);
        result.summaryLines().forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
