package org.chaosbench.runs.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.chaosbench.runs.ingest.audit.run.Finding;

class ModelKeyTest {
    private static SiteRun run(String model, List<SiteRun.FamilyLine> families, List<Finding> findings) {
        return new SiteRun(null, "r1", "run-1", model, "ollama", "b", "Board", null, "2026-03-01",
                List.of(new SiteRun.Field("Seed", "42")), "<p>summary</p>", null, families, findings, List.of(), List.of());
    }

    private static SiteRun.FamilyLine family(String ci) {
        return new SiteRun.FamilyLine("atomic", "100", "100", "1.000", "0.700", ci, false);
    }

    @Test
    void equalModelsGiveEqualKeysAndAnyNestedChangeAnotherKey() {
        SiteRun base = run("m", List.of(family("0.600\u20130.780")), List.of());
        assertThat(ModelKey.of("layout", base)).isEqualTo(ModelKey.of("layout", run("m", List.of(family("0.600\u20130.780")), List.of())));

        assertThat(ModelKey.of("layout", base)).isNotEqualTo(ModelKey.of("layout2", base))
                .isNotEqualTo(ModelKey.of("layout", run("m2", List.of(family("0.600\u20130.780")), List.of())))
                .isNotEqualTo(ModelKey.of("layout", run("m", List.of(family("0.600\u20130.781")), List.of())))
                .isNotEqualTo(ModelKey.of("layout", run("m", List.of(family("0.600\u20130.780"), family("x")), List.of())))
                .isNotEqualTo(ModelKey.of("layout", run("m", List.of(family("0.600\u20130.780")),
                        List.of(new Finding(Finding.Severity.values()[0], "code", "message")))));
    }

    @Test
    void boundariesNullsOrderAndTypesAreParts() {
        assertThat(ModelKey.of("ab", "c")).isNotEqualTo(ModelKey.of("a", "bc"));
        assertThat(ModelKey.of((Object) null)).isNotEqualTo(ModelKey.of("null"));
        assertThat(ModelKey.of(List.of("a", "b"))).isNotEqualTo(ModelKey.of(List.of("b", "a")));
        assertThat(ModelKey.of(1L)).isNotEqualTo(ModelKey.of("1")).isNotEqualTo(ModelKey.of(1));
        Map<String, Object> m1 = new LinkedHashMap<>();
        m1.put("k", "v");
        Map<String, Object> m2 = new LinkedHashMap<>();
        m2.put("k", null);
        assertThat(ModelKey.of(m1)).isNotEqualTo(ModelKey.of(m2)).isNotEqualTo(ModelKey.of(List.of("k", "v")));
    }
}
