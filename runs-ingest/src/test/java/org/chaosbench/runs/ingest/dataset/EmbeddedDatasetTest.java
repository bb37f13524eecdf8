package org.chaosbench.runs.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.ReferenceData;

/** The embedded default dataset in data/: complete, balanced, valid and reproducible from its generator. */
class EmbeddedDatasetTest {
    private static final Path PROJECT = ReferenceData.projectRoot();
    private static final List<String> FAMILIES = List.of("adversarial_misleading", "adversarial_nearmiss", "atomic",
            "consistency_paraphrase", "cross_indicator", "extended_systems", "fol_inference", "indicator_diagnostic",
            "multi_hop", "perturbation", "regime_transition");

    @Test
    void holdsEveryFamilyBalancedAndPassesStrictValidation() {
        ValidationReport report = DatasetValidator.validate(Selector.read(PROJECT, Selector.DEFAULT_PATH), false);

        assertThat(report.ok()).isTrue();
        assertThat(report.items()).isGreaterThanOrEqualTo(600);
        assertThat(report.files()).hasSize(10);
        assertThat(report.families()).containsOnlyKeys(FAMILIES);
        report.families().forEach((family, c) ->
                assertThat(c.trueRate()).as(family).isBetween(0.45, 0.55));
    }

    @Test
    void theGeneratorReproducesTheCommittedFilesByteForByte(@TempDir Path tmp) throws Exception {
        ReferenceData.copyTree(PROJECT.resolve("data/facts"), tmp.resolve("data/facts"));
        ReferenceData.copyTree(PROJECT.resolve("data/generator"), tmp.resolve("data/generator"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "data/generator/DatasetGenerator.java", ".")
                .directory(tmp.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();

        List<Path> generated;
        try (Stream<Path> s = Files.walk(tmp.resolve("data"))) {
            generated = s.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/facts/"))
                    .filter(f -> !f.toString().endsWith(".java")).toList();
        }
        assertThat(generated).hasSizeGreaterThanOrEqualTo(11);
        for (Path f : generated) {
            Path committed = PROJECT.resolve(tmp.relativize(f).toString());
            assertThat(Files.readAllBytes(f)).as(committed.toString()).isEqualTo(readOrEmpty(committed));
        }
    }

    private static byte[] readOrEmpty(Path p) throws IOException {
        return Files.exists(p) ? Files.readAllBytes(p) : new byte[0];
    }
}
