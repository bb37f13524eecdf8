package org.chaosbench.runs.ingest.io;

import java.nio.file.Path;
import java.util.List;

/** A dataset with one or more problems; the message lists every one as {@code path:line: what}. */
public class InvalidDatasetException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<InvalidInputException> problems;

    public InvalidDatasetException(Path selector, List<InvalidInputException> problems) {
        super(selector, 0, summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<InvalidInputException> problems() {
        return problems;
    }

    private static String summary(List<InvalidInputException> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in the dataset:");
        for (InvalidInputException p : problems) {
            sb.append('\n').append("  ").append(p.getMessage());
        }
        return sb.toString();
    }
}
