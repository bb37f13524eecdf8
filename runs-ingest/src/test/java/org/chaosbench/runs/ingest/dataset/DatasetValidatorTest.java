package org.chaosbench.runs.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.io.InvalidInputException;

class DatasetValidatorTest {
    @TempDir
    Path root;

    private static String item(String id, String label, String family) {
        return "{\"id\": \"" + id + "\", \"question\": \"Is it chaotic?\", \"ground_truth\": \"" + label
                + "\", \"type\": \"" + family + "\", \"system_id\": \"lorenz63\", \"template\": \"V2\"}\n";
    }

    private Selector dataset(String a, String b) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/a.jsonl"), a);
        Files.writeString(root.resolve("data/b.jsonl"), b);
        Files.writeString(root.resolve(Selector.DEFAULT_PATH), "{\"files\": [\"data/a.jsonl\", \"data/b.jsonl\"]}");
        return Selector.read(root, Selector.DEFAULT_PATH);
    }

    @Test
    void aValidDatasetIsCountedPerFileAndFamily() throws IOException {
        Selector s = dataset(item("a1", "TRUE", "atomic") + "\n" + item("a2", "FALSE", "atomic"),
                item("m1", "TRUE", "multi_hop"));

        ValidationReport r = DatasetValidator.validate(s, false);

        assertThat(r.ok()).isTrue();
        assertThat(r.items()).isEqualTo(3);
        assertThat(r.files()).extracting(ValidationReport.FileSummary::items).containsExactly(2L, 1L);
        assertThat(r.families()).containsOnlyKeys("atomic", "multi_hop");
        assertThat(r.families().get("atomic").trueRate()).isEqualTo(0.5);
    }

    @Test
    void strictModeStopsAtTheFirstProblemWithPathAndLine() throws IOException {
        Selector s = dataset(item("a1", "TRUE", "atomic") + item("a2", "MAYBE", "atomic"), item("a1", "TRUE", "x"));

        assertThatThrownBy(() -> DatasetValidator.validate(s, false)).isInstanceOf(InvalidInputException.class)
                .hasMessage(root.resolve("data/a.jsonl") + ":2: ground_truth must be \"TRUE\" or \"FALSE\", found \"MAYBE\"");
    }

    @Test
    void lenientModeCollectsEveryProblemIncludingDuplicatesAcrossFiles() throws IOException {
        Selector s = dataset(item("a1", "TRUE", "atomic") + item("a2", "MAYBE", "atomic") + "not json\n",
                item("a1", "TRUE", "x") + "{\"id\": 3}\n");

        ValidationReport r = DatasetValidator.validate(s, true);

        assertThat(r.problems()).extracting(InvalidInputException::getMessage).map(m -> m.replace(root + "/", ""))
                .containsExactly(
                        "data/a.jsonl:2: ground_truth must be \"TRUE\" or \"FALSE\", found \"MAYBE\"",
                        "data/a.jsonl:3: malformed JSON (column 1): Unrecognized token 'not': was expecting "
                                + "(JSON String, Number (or 'NaN'/'+INF'/'-INF'), Array, Object or token 'null', "
                                + "'true' or 'false')",
                        "data/b.jsonl:1: duplicate id \"a1\" (first at data/a.jsonl:1)",
                        "data/b.jsonl:2: key \"id\" must be a string, found a number (3)",
                        "data/b.jsonl:2: missing key \"question\"",
                        "data/b.jsonl:2: missing key \"ground_truth\"",
                        "data/b.jsonl:2: missing key \"type\"",
                        "data/b.jsonl:2: missing key \"system_id\"",
                        "data/b.jsonl:2: missing key \"template\"");
    }

    @Test
    void aSelectorListingAFileTwiceIsAProblem() throws IOException {
        dataset(item("a1", "TRUE", "atomic"), item("b1", "TRUE", "atomic"));
        Files.writeString(root.resolve(Selector.DEFAULT_PATH), "{\"files\": [\"data/a.jsonl\", \"data/a.jsonl\"]}");

        ValidationReport r = DatasetValidator.validate(Selector.read(root, Selector.DEFAULT_PATH), true);

        assertThat(r.problems()).singleElement().extracting(InvalidInputException::problem)
                .isEqualTo("field \"files\" lists \"data/a.jsonl\" twice");
    }
}
