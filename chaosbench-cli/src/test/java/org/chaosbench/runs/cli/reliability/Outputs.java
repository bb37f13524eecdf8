package org.chaosbench.runs.cli.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The crash oracle: a snapshot of the files under a folder, and whether each file is a complete
 * version (byte-equal to a known complete version, or parsing as a whole document of its kind).
 */
final class Outputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Outputs() {
    }

    /** Relative path -> bytes of every regular file under {@code dir} (hidden ones included). */
    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                try {
                    files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
                } catch (java.nio.file.NoSuchFileException gone) {
                    // Removed between the listing and the read: not there.
                }
            }
        }
        return files;
    }

    /** Leftovers of an interrupted writer: temp files, staging or moved-aside folders. */
    static List<String> leftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString()).filter(Outputs::isLeftover).sorted().toList();
        }
    }

    static boolean isLeftover(String relative) {
        String name = Path.of(relative).getFileName().toString();
        return name.endsWith(".tmp") || name.contains(".staging-") || name.contains(".replaced-");
    }

    /**
     * Problems of the files under {@code dir}: each visible file must equal one of the known
     * complete versions or be complete by its own format. Hidden files (checkpoints, locks, caches,
     * temp files) are the writers' own business and are checked by {@link #leftovers} after a rerun.
     */
    static List<String> incomplete(Path dir, List<Map<String, byte[]>> knownComplete) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : snapshot(dir).entrySet()) {
            String rel = e.getKey();
            if (hidden(rel)) {
                continue;
            }
            boolean known = knownComplete.stream().anyMatch(v -> Arrays.equals(v.get(rel), e.getValue()));
            if (!known) {
                String problem = completeByFormat(rel, e.getValue());
                if (problem != null) {
                    problems.add(rel + ": " + problem);
                }
            }
        }
        return problems;
    }

    private static boolean hidden(String rel) {
        for (Path part : Path.of(rel)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Null when {@code bytes} are a whole document of the kind its name says. */
    static String completeByFormat(String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            if (name.endsWith(".json")) {
                return JSON.readTree(bytes) == null ? "empty JSON" : null;
            }
            if (name.endsWith(".jsonl")) {
                if (!text.isEmpty() && !text.endsWith("\n")) {
                    return "JSONL not ending with a line end";
                }
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) {
                        JSON.readTree(line);
                    }
                }
                return null;
            }
            if (name.endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    in.readAllBytes();
                }
                return null;
            }
            if (name.endsWith(".html")) {
                return text.strip().endsWith("</html>") ? null : "HTML without its end";
            }
            if (name.endsWith(".svg")) {
                return text.strip().endsWith("</svg>") ? null : "SVG without its end";
            }
            if (name.endsWith(".png")) {
                // A complete PNG ends with its IEND chunk: "IEND" and the chunk's CRC.
                return bytes.length >= 12 && new String(bytes, bytes.length - 8, 4, StandardCharsets.ISO_8859_1)
                        .equals("IEND") ? null : "PNG without its IEND chunk";
            }
            return text.isEmpty() || text.endsWith("\n") ? null : "text not ending with a line end";
        } catch (IOException e) {
            return "does not parse: " + e.getMessage().lines().findFirst().orElse("");
        }
    }
}
