package org.chaosbench.runs.ingest.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.io.TextLines;

/** Loads items in canonical order: selector file order, then line order (FORMATS 1.2, 5.3). */
public final class Dataset {
    private Dataset() {
    }

    public static List<DatasetItem> load(Selector selector) {
        List<DatasetItem> items = new ArrayList<>();
        for (String file : selector.files()) {
            items.addAll(loadFile(selector.resolve(file)));
        }
        return items;
    }

    /** One JSONL file (a dataset file or a subset), with the field fallbacks of FORMATS 1.1. */
    public static List<DatasetItem> loadFile(Path file) {
        List<DatasetItem> items = new ArrayList<>();
        TextLines.forEach(file, (line, text) -> items.add(DatasetItem.fromJson(JsonFiles.parseLine(file, line, text))));
        return items;
    }
}
