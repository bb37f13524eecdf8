package org.chaosbench.runs.ingest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chaosbench.runs.ingest.metrics.Confusion;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.junit.jupiter.api.Test;

class LabelCountsTest {

    private static PredictionRecord row(String gt, String pred, String outcome) {
        return new PredictionRecord("id", "q", gt, "text", pred, outcome, Boolean.valueOf(pred != null && pred.equals(gt)),
                0.1, "fam", "split", null, null, null);
    }

    @Test
    void countsValidRowsByLabel() {
        List<PredictionRecord> rows = List.of(
                row("TRUE", "TRUE", "VALID_TRUE"),
                row("TRUE", "FALSE", "VALID_FALSE"),
                row("FALSE", "TRUE", "VALID_TRUE"),
                row("FALSE", "FALSE", "VALID_FALSE"),
                row("FALSE", "FALSE", "VALID_FALSE"),
                // ground truth neither label: a predicted TRUE, outside the matrix
                row("MAYBE", "TRUE", "VALID_TRUE"),
                // invalid, odd and missing outcomes are not valid for the audit
                row("TRUE", null, "INVALID"),
                row("TRUE", "TRUE", "PENDING"),
                row("TRUE", "TRUE", null));
        LabelCounts c = LabelCounts.of(rows);
        assertThat(c.confusion()).isEqualTo(new Confusion(1, 1, 2, 1));
        assertThat(c.gtTrue()).isEqualTo(2);
        assertThat(c.gtFalse()).isEqualTo(3);
        assertThat(c.predTrue()).isEqualTo(3);
        assertThat(c.predFalse()).isEqualTo(3);
    }

    @Test
    void noRowsIsEmpty() {
        assertThat(LabelCounts.of(List.of())).isEqualTo(LabelCounts.EMPTY);
    }
}
