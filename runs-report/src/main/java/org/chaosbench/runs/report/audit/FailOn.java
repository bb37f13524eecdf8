package org.chaosbench.runs.report.audit;

import java.util.Arrays;
import java.util.stream.Collectors;

/** When the audit fails the build (issue 4, item 7). */
public enum FailOn {
    /** Never: the audit only reports. */
    NONE("none"),
    /** When any run has an error finding. */
    ERROR("error"),
    /** When a run under published_results is EXPLORATORY (RUNS_POLICY 3: only official runs are published). */
    EXPLORATORY_PUBLISHED("exploratory-published");

    private final String option;

    FailOn(String option) {
        this.option = option;
    }

    public String option() {
        return option;
    }

    public static FailOn parse(String value) {
        for (FailOn f : values()) {
            if (f.option.equals(value)) {
                return f;
            }
        }
        throw new IllegalArgumentException("failOn must be one of " + Arrays.stream(values()).map(FailOn::option)
                .collect(Collectors.joining(", ")) + ", not \"" + value + "\"");
    }
}
