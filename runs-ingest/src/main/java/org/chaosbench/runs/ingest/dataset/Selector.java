package org.chaosbench.runs.ingest.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * The canonical selector (FORMATS 1.2): the list of dataset files, relative to the project
 * root, in the order their items are loaded.
 *
 * @param path where the selector was read from
 * @param relativePath the selector path as given (recorded in manifests)
 * @param root the project root the listed files are resolved against
 * @param files the listed paths exactly as written in the selector
 */
public record Selector(Path path, String relativePath, Path root, List<String> files) {
    public static final String DEFAULT_PATH = "data/canonical_v2_files.json";

    public Selector {
        files = List.copyOf(files);
    }

    /** Reads {@code relativePath} under {@code root}. */
    public static Selector read(Path root, String relativePath) {
        Path path = root.resolve(relativePath);
        JsonNode doc = JsonFiles.readObject(path);
        JsonNode list = doc.get("files");
        if (list == null) {
            throw new InvalidInputException(path, "field \"files\" is missing");
        }
        if (!list.isArray()) {
            throw new InvalidInputException(path, "field \"files\" must be a list of paths");
        }
        List<String> files = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.isTextual()) {
                throw new InvalidInputException(path, "field \"files\"[" + i + "] must be a string, found " + JsonFiles.describe(entry));
            }
            files.add(checkRelative(path, i, entry.asText()));
        }
        if (files.isEmpty()) {
            throw new InvalidInputException(path, "field \"files\" is empty: the selector lists no dataset file");
        }
        return new Selector(path, relativePath, root, files);
    }

    /** The listed files must stay inside the project root, so a selector cannot read elsewhere. */
    private static String checkRelative(Path selector, int index, String file) {
        Path p = Path.of(file);
        boolean escapes = p.isAbsolute() || file.isEmpty();
        for (Path part : p) {
            escapes |= part.toString().equals("..");
        }
        if (escapes) {
            throw new InvalidInputException(selector, "field \"files\"[" + index + "] = \"" + file
                    + "\" must be a path relative to the project root without \"..\"");
        }
        return file;
    }

    public Path resolve(String file) {
        return root.resolve(file);
    }
}
