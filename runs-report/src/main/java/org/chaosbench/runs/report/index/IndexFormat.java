package org.chaosbench.runs.report.index;

import java.util.Locale;

/** The layouts of published_results/runs/README.md. */
public enum IndexFormat {
    /** The original tool's seven columns (FORMATS 7), byte for byte. */
    ORIGINAL("index/README.original.ftlmd"),
    /** The original columns plus the Wilson 95% interval of accuracy and the policy verdict. */
    FULL("index/README.full.ftlmd");

    private final String template;

    IndexFormat(String template) {
        this.template = template;
    }

    String template() {
        return template;
    }

    /** {@code original} or {@code full}, as the front ends spell it. */
    public static IndexFormat parse(String name) {
        for (IndexFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown index format \"" + name + "\": expected original or full");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
