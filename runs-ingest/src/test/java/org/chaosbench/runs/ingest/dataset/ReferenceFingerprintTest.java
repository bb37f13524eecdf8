package org.chaosbench.runs.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chaosbench.runs.ingest.ReferenceData;

/** The global SHA of the original reduced dataset, with both formulas (FORMATS 2.1, 13). */
class ReferenceFingerprintTest {

    @Test
    void countedAndLegacyFormulasMatchTheOriginalTool() {
        Path root = ReferenceData.reference("dataset");
        Selector selector = Selector.read(root, Selector.DEFAULT_PATH);

        List<GlobalFingerprint> both = GlobalFingerprint.computeBoth(selector);

        assertThat(both.get(0).sha256()).isEqualTo("8271a098ef0e5d1401b56b5ed6ebfd2457c9a44e024e1536b114ed7362202577");
        assertThat(both.get(1).sha256()).isEqualTo("ed99578cd658d028542e908bc720a10fb64e003518415c2994d31b8c1fff67f7");
        assertThat(both.get(0).files().values().stream().mapToLong(FileFingerprint::lines).sum()).isEqualTo(16342);
        assertThat(both.get(0).files().get("data/v22_multi_hop.jsonl").lines()).isEqualTo(6000);
    }
}
