package org.chaosbench.runs.maven;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.report.site.Board;
import org.chaosbench.runs.report.site.SiteBuilder;
import org.chaosbench.runs.report.site.SiteOptions;
import org.chaosbench.runs.report.site.SiteResult;

/**
 * The "ChaosBench leaderboard" entry of {@code mvn site}: a short page with the verdict counts of
 * each board that links to the full leaderboard, written under {@code leaderboard/} of the site
 * by the same code as {@code bin/chaosbench site} (the way JaCoCo writes its own HTML beside the
 * Doxia page).
 */
@Mojo(name = "leaderboard", requiresProject = true, threadSafe = true)
public class LeaderboardReport extends AbstractMavenReport {
    /** The folder of the full leaderboard inside the site. */
    static final String FOLDER = "leaderboard";

    /**
     * Skips the report. Example: {@code -Dchaosbench.skip=true}.
     */
    @Parameter(property = "chaosbench.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Project root holding {@code data/} and {@code artifacts/}. Example: {@code -Dchaosbench.root=..}.
     */
    @Parameter(property = "chaosbench.root", defaultValue = "${project.basedir}")
    private File root;

    /**
     * Published run folders. Example: {@code -Dchaosbench.publishedDir=published_results/runs}.
     */
    @Parameter(property = "chaosbench.publishedDir", defaultValue = "${project.basedir}/published_results/runs")
    private File publishedDir;

    /**
     * Live run folders shown as well; none by default. Example: {@code -Dchaosbench.runsDir=runs}.
     */
    @Parameter(property = "chaosbench.runsDir")
    private File runsDir;

    /**
     * Files here replace bundled templates of the same name. Example: {@code -Dchaosbench.templateDir=src/templates}.
     */
    @Parameter(property = "chaosbench.templateDir")
    private File templateDir;

    @Override
    public String getOutputName() {
        return "chaosbench-leaderboard";
    }

    @Override
    public String getName(Locale locale) {
        return "ChaosBench leaderboard";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Leaderboards of the ChaosBench-Logic runs: official and exploratory runs per board, "
                + "with tie-aware ranks, Wilson intervals and downloads.";
    }

    /** Says why the report is left out, so that an empty entry never appears in the site. */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("ChaosBench leaderboard skipped: chaosbench.skip is true.");
            return false;
        }
        if (!publishedDir.isDirectory() && (runsDir == null || !runsDir.isDirectory())) {
            getLog().info("ChaosBench leaderboard skipped: no published runs in " + publishedDir
                    + (runsDir == null ? "" : " and no runs in " + runsDir)
                    + " (set chaosbench.publishedDir or chaosbench.runsDir).");
            return false;
        }
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        SiteResult result;
        try {
            // An absent published folder is allowed here when live runs are given: an empty one stands in.
            File published = publishedDir.isDirectory() ? publishedDir
                    : new File(getReportOutputDirectory(), FOLDER + "-no-published-runs");
            published.mkdirs();
            result = SiteBuilder.build(new SiteOptions(root.toPath(), published.toPath(),
                    runsDir == null ? null : runsDir.toPath(), new File(getReportOutputDirectory(), FOLDER).toPath(),
                    templateDir == null ? null : templateDir.toPath()));
        } catch (InvalidInputException | UncheckedIOException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        result.summaryLines().forEach(getLog()::info);
        page(getSink(), result);
    }

    private static void page(Sink sink, SiteResult result) {
        sink.head();
        sink.title();
        sink.text("ChaosBench leaderboard");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("ChaosBench leaderboard");
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(result.runs() + " run(s) on " + result.boards().size() + " board(s): " + result.official()
                + " official, " + result.exploratory() + " exploratory. ");
        sink.link(FOLDER + "/" + SiteBuilder.INDEX);
        sink.text("Open the full leaderboard");
        sink.link_();
        sink.text(" (sorting, filters, run pages, CSV and JSON downloads).");
        sink.paragraph_();
        sink.table();
        sink.tableRows();
        sink.tableRow();
        for (String head : new String[] {"Board", "Runs", "Official", "Exploratory"}) {
            sink.tableHeaderCell();
            sink.text(head);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (Board b : result.boards()) {
            sink.tableRow();
            sink.tableCell();
            sink.link(FOLDER + "/boards/" + b.id() + ".html");
            sink.text(b.title());
            sink.link_();
            sink.tableCell_();
            cell(sink, Integer.toString(b.rows().size()));
            cell(sink, Long.toString(b.officialCount()));
            cell(sink, Long.toString(b.exploratoryCount()));
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void cell(Sink sink, String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }
}
