package org.chaosbench.runs.report.publish;

import java.util.List;

/**
 * The policy gate said no: the audit marks the run EXPLORATORY and {@code --allow-exploratory}
 * was not given. Nothing was written. Front ends report it as a policy failure (exit code 3,
 * MojoFailureException), unlike bad input.
 */
public class PublishRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public PublishRefusedException(String message, List<String> reasons) {
        super(message);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
