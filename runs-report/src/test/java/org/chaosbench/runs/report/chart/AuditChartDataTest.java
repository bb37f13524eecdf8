package org.chaosbench.runs.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.metrics.Confusion;

class AuditChartDataTest {
    static final RunAudit A = TestRuns.run("r1", "ollama", "qwen2.5:7b", 1000, 1000, 700, null, false, TestRuns.SHA,
            TestRuns.OFFICIAL, TestRuns.family("atomic", 600, 600, 450), TestRuns.family("multi_hop", 400, 400, 250));
    static final RunAudit B = TestRuns.run("r2", "ollama", "qwen2.5:7b", 40886, 40000, 28000,
            new Confusion(14000, 6000, 14000, 6000), true, TestRuns.SHA, TestRuns.OFFICIAL,
            TestRuns.family("atomic", 40886, 40000, 28000), TestRuns.family("empty", 5, 0, 0));
    static final RunAudit C = TestRuns.run("r3", "mock", "mock", 1000, 990, 500, null, false, TestRuns.SHA,
            TestRuns.EXPLORATORY);
    static final RunAudit A_AGAIN = TestRuns.run("r4", "ollama", "qwen2.5:7b", 1000, 1000, 720, null, false,
            TestRuns.SHA, TestRuns.OFFICIAL);

    @Test
    void boardRowsAreTheAuditsAccuracyAndWilsonInterval() {
        List<IntervalRow> rows = AuditChartData.boardRows(List.of(A, B, C));
        WilsonInterval w = WilsonInterval.of(700, 1000);
        assertThat(rows.get(0)).isEqualTo(new IntervalRow("ollama/qwen2.5:7b \u00b7 r1", 0.7, w.lo(), w.hi()));
        assertThat(rows.get(1).label()).isEqualTo("ollama/qwen2.5:7b \u00b7 r2");
        // provider == model: the name alone.
        assertThat(rows.get(2).label()).isEqualTo("mock");
    }

    @Test
    void familyRowsLeaveOutFamiliesWithoutValidAnswers() {
        assertThat(AuditChartData.familyRows(B)).extracting(IntervalRow::label).containsExactly("atomic");
        assertThat(AuditChartData.familyRows(A)).extracting(IntervalRow::value).containsExactly(0.75, 0.625);
    }

    @Test
    void theHeatmapLeavesAbsentFamiliesBlank() {
        HeatmapData h = AuditChartData.familyHeatmap(List.of(A, B));
        assertThat(h.columns()).containsExactly("atomic", "empty", "multi_hop");
        assertThat(h.values().get(0)).isEqualTo(Arrays.asList(0.75, null, 0.625));
        assertThat(h.values().get(1)).isEqualTo(Arrays.asList(0.7, null, null));
    }

    @Test
    void subsetPointsKeepTheLaterRunOfAModelAndSize() {
        List<SubsetPoint> points = AuditChartData.subsetPoints(List.of(A, B, A_AGAIN));
        assertThat(points).extracting(SubsetPoint::items).containsExactly(40886L, 1000L);
        assertThat(points.get(1).value()).isEqualTo(0.72);
        assertThat(points.get(0).full()).isTrue();
        assertThat(points).extracting(SubsetPoint::series).containsOnly("ollama/qwen2.5:7b");
    }

    @Test
    void subsetPointsNeverJoinRunsOfDifferentDatasets() {
        String other = "0123456789ab" + TestRuns.SHA.substring(12);
        RunAudit onOther = TestRuns.run("r5", "ollama", "qwen2.5:7b", 1000, 1000, 900, null, false, other,
                TestRuns.OFFICIAL);
        List<SubsetPoint> points = AuditChartData.subsetPoints(List.of(A, B, onOther));
        assertThat(points).hasSize(3);
        assertThat(points).filteredOn(p -> p.items() == 1000).extracting(SubsetPoint::series, SubsetPoint::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ollama/qwen2.5:7b \u00b7 dataset cfcfcc123456", 0.7),
                        org.assertj.core.groups.Tuple.tuple("ollama/qwen2.5:7b \u00b7 dataset 0123456789ab", 0.9));
        assertThat(points.get(1).series()).as("the 40,886-item run is on the first dataset's line")
                .isEqualTo("ollama/qwen2.5:7b \u00b7 dataset cfcfcc123456");
    }
}
