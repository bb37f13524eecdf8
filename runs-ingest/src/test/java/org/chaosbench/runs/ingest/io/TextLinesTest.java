package org.chaosbench.runs.ingest.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.compat.PyText;

/**
 * Line splitting against a plain reference (Python's universal newlines, then strip, then
 * skip blanks), on inputs built to put line ends and multi-byte characters at every offset of
 * the 64 KiB read chunks and of the 8-byte scan words.
 */
class TextLinesTest {
    @TempDir
    Path dir;

    private static List<String> reference(String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = PyText.strip(lines[i]);
            if (!t.isEmpty()) {
                out.add((i + 1) + ":" + t);
            }
        }
        return out;
    }

    private List<String> viaStrings(Path file) {
        List<String> out = new ArrayList<>();
        TextLines.forEach(file, (n, t) -> out.add(n + ":" + t));
        return out;
    }

    private List<String> viaBytes(Path file) {
        List<String> out = new ArrayList<>();
        TextLines.forEachAscii(file, new TextLines.ByteLineHandler() {
            @Override
            public void asciiLine(int number, byte[] bytes, int from, int to) {
                out.add(number + ":" + new String(bytes, from, to - from, StandardCharsets.US_ASCII));
            }

            @Override
            public void line(int number, String text) {
                out.add(number + ":" + text);
            }
        }, e -> {
            throw e;
        });
        return out;
    }

    @Test
    void bothApisSplitLikePythonAtEveryBoundary() throws Exception {
        String[] pieces = {"\n", "\r\n", "\r", "\r\r\n", " ", "\t", "\u001f", "a", "{\"id\": 1}", "é", "\u4e2d", "😀",
            "\u00a0", "x".repeat(70_000)};
        Random random = new Random(7);
        for (int round = 0; round < 60; round++) {
            StringBuilder text = new StringBuilder();
            // Pad so that the interesting part straddles the first 64 KiB chunk boundary.
            text.append("p".repeat(65_536 - 1 - random.nextInt(16))).append('\n');
            for (int i = 0; i < 40; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Path file = dir.resolve("t" + round + ".jsonl");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            List<String> expected = reference(text.toString());
            assertThat(viaStrings(file)).as("round " + round).isEqualTo(expected);
            assertThat(viaBytes(file)).as("round " + round).isEqualTo(expected);
        }
    }

    @Test
    void aCrLfSplitAcrossChunksIsOneLineEnd() throws Exception {
        String text = "a".repeat(65_535) + "\r\nb\n";
        Path file = dir.resolve("crlf.jsonl");
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        assertThat(viaBytes(file)).containsExactly("1:" + "a".repeat(65_535), "2:b");
        assertThat(viaStrings(file)).isEqualTo(viaBytes(file));
    }
}
