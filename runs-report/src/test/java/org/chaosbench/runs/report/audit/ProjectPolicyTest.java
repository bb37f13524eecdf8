package org.chaosbench.runs.report.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chaosbench.runs.eval.prompt.PromptTemplate;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.policy.PolicyContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectPolicyTest {
    @TempDir
    Path root;

    private void template(String name, String system) throws Exception {
        Files.createDirectories(root.resolve("data/prompts"));
        Files.writeString(root.resolve("data/prompts").resolve(name), "{\"version\":\"v\",\"system\":\"" + system
                + "\",\"user_template\":\"{question}\",\"reprompt\":\"again\"}");
    }

    @Test
    void everyConfiguredTemplateAndEveryGivenHashIsAccepted() throws Exception {
        template("a.json", "one");
        template("b.json", "two");
        Files.writeString(root.resolve("data/prompts/README.md"), "not a template");
        PolicyContext context = ProjectPolicy.load(root, null, List.of("5881f664c444e3d3"), List.of(1000L));
        assertThat(context.acceptedPromptHashes()).containsExactlyInAnyOrder(
                PromptTemplate.read(root.resolve("data/prompts/a.json")).hash(),
                PromptTemplate.read(root.resolve("data/prompts/b.json")).hash(), "5881f664c444e3d3");
        assertThat(context.documentedSubsetSizes()).containsExactly(1000L);
        assertThat(context.freezeManifest()).isNull();
    }

    @Test
    void aProjectWithoutTemplatesAcceptsTheBundledDefault() {
        assertThat(ProjectPolicy.configuredPromptHashes(root))
                .containsExactly(PromptTemplate.resolve(root, PromptTemplate.DEFAULT_PATH).hash());
    }

    @Test
    void badConfigurationIsNamed() throws Exception {
        assertThatThrownBy(() -> ProjectPolicy.load(root, null, List.of("XYZ"), List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--prompt-hash").hasMessageContaining("XYZ");
        assertThatThrownBy(() -> ProjectPolicy.load(root, null, List.of(), List.of(0L)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--subset-size");
        Files.createDirectories(root.resolve("data/prompts"));
        Files.writeString(root.resolve("data/prompts/broken.json"), "{\"version\":1}");
        assertThatThrownBy(() -> ProjectPolicy.configuredPromptHashes(root))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("broken.json");
    }
}
