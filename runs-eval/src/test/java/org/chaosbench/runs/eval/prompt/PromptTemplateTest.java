package org.chaosbench.runs.eval.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.io.InvalidInputException;

class PromptTemplateTest {
    private static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath();

    @Test
    void theDefaultTemplateBuildsPromptRepromptAndHashAsFormatsThreeSays() throws Exception {
        PromptTemplate t = PromptTemplate.read(PROJECT.resolve(PromptTemplate.DEFAULT_PATH));

        String prompt = t.prompt("Is the Lorenz system chaotic?");
        assertThat(prompt).isEqualTo(t.system() + "\n\nQuestion: Is the Lorenz system chaotic?");
        assertThat(t.reprompt(prompt, "maybe")).isEqualTo(prompt + "\n\nYour response: maybe\n\n" + t.reprompt());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((t.system() + "\n{question}").getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        assertThat(t.hash()).isEqualTo(expected).hasSize(16);
        assertThat(t.version()).isEqualTo("cbr-default-v1");
    }

    @Test
    void theRepromptKeepsTheFirst200CodePointsOfTheAnswer() throws IOException {
        PromptTemplate t = new PromptTemplate("v", "S", "{question}", "R");
        String answer = "\ud83d\ude00".repeat(250);

        assertThat(t.reprompt("P", answer)).isEqualTo("P\n\nYour response: " + "\ud83d\ude00".repeat(200) + "\n\nR");
    }

    @Test
    void aTemplateWithoutThePlaceholderIsRefused(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("t.json");
        Files.writeString(f, "{\"version\": \"x\", \"system\": \"S\", \"user_template\": \"no slot\", \"reprompt\": \"R\"}");

        assertThatThrownBy(() -> PromptTemplate.read(f)).isInstanceOf(InvalidInputException.class)
                .hasMessage(f + ": field \"user_template\" must contain {question}");
    }

    @Test
    void aRootWithoutTemplatesGetsTheProjectDefault(@TempDir Path emptyRoot) {
        PromptTemplate fromJar = PromptTemplate.resolve(emptyRoot, PromptTemplate.DEFAULT_PATH);

        assertThat(fromJar).isEqualTo(PromptTemplate.read(PROJECT.resolve(PromptTemplate.DEFAULT_PATH)));
        assertThatThrownBy(() -> PromptTemplate.resolve(emptyRoot, "data/prompts/other.json"))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("other.json: file not found");
    }
}
