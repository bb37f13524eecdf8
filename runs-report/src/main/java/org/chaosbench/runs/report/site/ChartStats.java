package org.chaosbench.runs.report.site;

/**
 * What one kind of chart cost in a build, for the benchmark: how many were drawn, how many
 * were kept from the previous build because their data had not changed, and the CPU time of
 * drawing them (chart, SVG text and PNG bytes; the file writes are counted with the pages).
 */
public record ChartStats(String kind, int drawn, int kept, long cpuMs) {

    public String line() {
        return kind + ": " + drawn + " drawn, " + kept + " unchanged, " + cpuMs + " ms CPU";
    }
}
