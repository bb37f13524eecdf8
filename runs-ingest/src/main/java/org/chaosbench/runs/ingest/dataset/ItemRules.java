package org.chaosbench.runs.ingest.dataset;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.compat.PyText;
import org.chaosbench.runs.ingest.io.JsonFiles;

/** The strict schema of a v2 dataset item (FORMATS 1.1), as a list of what is wrong with one. */
final class ItemRules {
    static final List<String> KEYS = List.of("id", "question", "ground_truth", "type", "system_id", "template");
    private static final List<String> NON_BLANK = List.of("id", "question", "type");

    private ItemRules() {
    }

    /** Every problem of one decoded item, in a stable order; empty when the item is valid. */
    static List<String> problems(ObjectNode item) {
        List<String> problems = new ArrayList<>();
        for (String key : KEYS) {
            JsonNode value = item.get(key);
            if (value == null) {
                problems.add("missing key \"" + key + "\"");
            } else if (!value.isTextual() && !(key.equals("system_id") && value.isNull())) {
                problems.add("key \"" + key + "\" must be a string, found " + JsonFiles.describe(value));
            } else if (NON_BLANK.contains(key) && PyText.strip(value.textValue()).isEmpty()) {
                problems.add("key \"" + key + "\" is blank");
            }
        }
        for (Iterator<String> names = item.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                problems.add("unexpected key \"" + name + "\" (an item has exactly the keys "
                        + String.join(", ", KEYS) + ")");
            }
        }
        JsonNode label = item.get("ground_truth");
        if (label != null && label.isTextual()
                && !DatasetItem.TRUE.equals(label.textValue()) && !DatasetItem.FALSE.equals(label.textValue())) {
            problems.add("ground_truth must be \"TRUE\" or \"FALSE\", found \"" + abbreviate(label.textValue()) + "\"");
        }
        return problems;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
