package org.chaosbench.runs.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.chaosbench.runs.ingest.compat.PyText;
import org.chaosbench.runs.ingest.io.InvalidInputException;

class ContentLineCounterTest {
    private static final Path FILE = Path.of("data/x.jsonl");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", 0),
                Arguments.of("a", 1),
                Arguments.of("a\n", 1),
                Arguments.of("a\nb\n", 2),
                Arguments.of("a\r\nb\r\n", 2),
                Arguments.of("a\rb\r", 2),
                Arguments.of("a\r\rb", 2),
                Arguments.of("\n\n  \n\t\n", 0),
                Arguments.of("  x  \n", 1),
                Arguments.of("\u00a0\n\u2028\n\u3000\u205f\n\u0085\n", 0),
                Arguments.of("\u001c\u001d\u001e\u001f\u000b\u000c\n", 0),
                Arguments.of("\u200b\n", 1), // zero-width space is not whitespace in Python
                Arguments.of("{\"a\": 1}\n\n{\"b\": 2}", 2),
                Arguments.of("caf\u00e9\n\ud83d\ude00\n", 2),
                Arguments.of("12345678901234567890\nabcdefghijklmnopq\r\n   \n", 2));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void countsLinesWithContent(String text, long expected) {
        assertThat(count(text.getBytes(StandardCharsets.UTF_8), 1 << 20)).isEqualTo(expected);
        assertThat(count(text.getBytes(StandardCharsets.UTF_8), 1)).isEqualTo(expected);
    }

    /** Random texts in random chunkings agree with the plain definition: decode, split, strip. */
    @Test
    void agreesWithTheDefinitionOnRandomTextsAndChunkings() {
        String[] pieces = {"a", "xyz", " ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u2028", "\u00e9", "\ud83d\ude00",
            "\u0085", "{\"id\": 1}", "\u3000", "        ", "abcdefgh"};
        SplittableRandom rnd = new SplittableRandom(20261129);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            long expected = definition(text);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(count(bytes, 1 + rnd.nextInt(12))).as("text %s", text).isEqualTo(expected);
        }
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheLine() {
        byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xC3, '(', '\n'};
        assertThatThrownBy(() -> count(bytes, 3)).isInstanceOf(InvalidInputException.class)
                .hasMessage("data/x.jsonl:3: invalid UTF-8: unexpected byte 0x28");
        byte[] truncated = {'a', '\n', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> count(truncated, 8)).isInstanceOf(InvalidInputException.class)
                .hasMessage("data/x.jsonl:2: invalid UTF-8: file ends inside a character");
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThatThrownBy(() -> count(surrogate, 8)).hasMessageContaining("U+D800 is not a valid character");
        byte[] overlong = {(byte) 0xE0, (byte) 0x80, (byte) 0x80};
        assertThatThrownBy(() -> count(overlong, 8)).hasMessageContaining("is not a valid character");
    }

    private static long count(byte[] bytes, int chunk) {
        ContentLineCounter c = new ContentLineCounter(FILE);
        for (int off = 0; off < bytes.length; off += chunk) {
            c.update(bytes, off, Math.min(chunk, bytes.length - off));
        }
        return c.finish();
    }

    private static long definition(String text) {
        return Stream.of(text.split("\r\n|\r|\n", -1)).filter(line -> !PyText.strip(line).isEmpty()).count();
    }
}
