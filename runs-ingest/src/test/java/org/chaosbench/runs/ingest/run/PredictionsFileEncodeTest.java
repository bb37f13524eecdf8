package org.chaosbench.runs.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.JsonFiles;

/** The hand-written record encoder writes exactly what the generic JSON writer writes. */
class PredictionsFileEncodeTest {
    private static final String[] TEXTS = {"TRUE", "FALSE", "", " maybe\n", "caf\u00e9 \"q\" \\ \t", "\ud83d\ude00",
        "\u0000\u007f\u2028", "FINAL_ANSWER: TRUE"};

    @Test
    void encodeEqualsTheGenericWriterOnRandomRecords() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 5000; i++) {
            ObjectNode meta = JsonFiles.mapper().createObjectNode();
            meta.put("parse_reason", pick(rnd));
            meta.put("parse_confidence", rnd.nextBoolean() ? 0.9 : rnd.nextDouble());
            if (rnd.nextInt(4) == 0) {
                meta.put("error", pick(rnd));
            }
            Double latency = switch (rnd.nextInt(5)) {
                case 0 -> null;
                case 1 -> Double.NaN;
                case 2 -> 1e-7 * rnd.nextDouble();
                default -> rnd.nextDouble() * 10;
            };
            Boolean correct = rnd.nextInt(3) == 0 ? null : rnd.nextBoolean();
            PredictionRecord r = new PredictionRecord("id_" + i + pick(rnd), pick(rnd), pick(rnd), pick(rnd),
                    nullable(rnd), "VALID_TRUE", correct, latency, nullable(rnd), nullable(rnd), nullable(rnd),
                    nullable(rnd), meta);

            String encoded = new String(PredictionsFile.encode(r), StandardCharsets.UTF_8);

            assertThat(encoded).isEqualTo(PyJson.compact(r.toJson()) + "\n");
        }
    }

    private static String pick(SplittableRandom rnd) {
        return TEXTS[rnd.nextInt(TEXTS.length)];
    }

    private static String nullable(SplittableRandom rnd) {
        return rnd.nextInt(3) == 0 ? null : pick(rnd);
    }
}
