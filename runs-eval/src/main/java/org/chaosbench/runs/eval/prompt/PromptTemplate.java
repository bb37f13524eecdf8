package org.chaosbench.runs.eval.prompt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.compat.PyText;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * A prompt template file (data/prompts/*.json): the instruction, the question layout and the
 * reprompt instruction, with the prompt hash of FORMATS 3.5.
 */
public record PromptTemplate(String version, String system, String userTemplate, String reprompt) {
    public static final String DEFAULT_PATH = "data/prompts/default.json";
    private static final String PLACEHOLDER = "{question}";

    /**
     * The template at {@code relative} under the root; for the default path, a root without
     * its own copy (a dataset folder, for instance) gets the project's default template.
     */
    public static PromptTemplate resolve(Path root, String relative) {
        Path file = root.resolve(relative);
        if (relative.equals(DEFAULT_PATH) && !java.nio.file.Files.exists(file)) {
            return builtInDefault();
        }
        return read(file);
    }

    static PromptTemplate builtInDefault() {
        try (java.io.InputStream in = PromptTemplate.class.getResourceAsStream("default.json")) {
            if (in == null) {
                throw new IllegalStateException("the default prompt template is missing from the jar");
            }
            return parse(Path.of(DEFAULT_PATH), (ObjectNode) JsonFiles.mapper().readTree(in));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static PromptTemplate read(Path file) {
        return parse(file, JsonFiles.readObject(file));
    }

    private static PromptTemplate parse(Path file, ObjectNode doc) {
        PromptTemplate t = new PromptTemplate(text(file, doc, "version"), text(file, doc, "system"),
                text(file, doc, "user_template"), text(file, doc, "reprompt"));
        if (!t.userTemplate.contains(PLACEHOLDER)) {
            throw new InvalidInputException(file, "field \"user_template\" must contain " + PLACEHOLDER);
        }
        return t;
    }

    private static String text(Path file, JsonNode doc, String key) {
        JsonNode v = doc.get(key);
        if (v == null || !v.isTextual() || v.textValue().isEmpty()) {
            throw new InvalidInputException(file, "field \"" + key + "\" must be a non-empty string");
        }
        return v.textValue();
    }

    /** FORMATS 3.2: the instruction, a blank line, then {@code Question: } and the question. */
    public String prompt(String question) {
        return system + "\n\nQuestion: " + userTemplate.replace(PLACEHOLDER, question);
    }

    /** FORMATS 3.3: the prompt, the first 200 characters of the unreadable answer, the reprompt instruction. */
    public String reprompt(String prompt, String firstResponse) {
        return prompt + "\n\nYour response: " + PyText.firstCodePoints(firstResponse, 200) + "\n\n" + reprompt;
    }

    /** FORMATS 3.5: SHA-256 of the instruction and the unfilled question layout, first 16 hex digits. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((system + "\n" + userTemplate).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
