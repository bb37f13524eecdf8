package org.chaosbench.runs.report.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * The run ids an existing index lists, read from its table rows ({@code | `<id>` | ...}).
 * The committed README of the original lists runs whose folders were never committed (FORMATS
 * 12.9); comparing with the folders says which rows a regeneration drops.
 */
final class ListedRuns {
    private ListedRuns() {
    }

    static List<String> read(Path readme) {
        List<String> ids = new ArrayList<>();
        if (!Files.isRegularFile(readme)) {
            return ids;
        }
        for (String line : JsonFiles.readUtf8(readme).split("\n", -1)) {
            String id = idOf(line);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The code span of the first cell, as TextEscapes.markdownCode writes it; null for other lines. */
    static String idOf(String line) {
        if (!line.startsWith("| `")) {
            return null;
        }
        int fence = 0;
        while (2 + fence < line.length() && line.charAt(2 + fence) == '`') {
            fence++;
        }
        String ticks = "`".repeat(fence);
        int start = 2 + fence;
        int end = line.indexOf(ticks + " |", start);
        if (end < 0) {
            return null;
        }
        String body = line.substring(start, end);
        if (fence > 1 && body.startsWith(" ") && body.endsWith(" ") && body.length() >= 2) {
            body = body.substring(1, body.length() - 1);
        }
        return body.replace("\\|", "|");
    }
}
