package org.chaosbench.runs.ingest.io;

import java.nio.file.Path;

/**
 * The tool's one error type for bad input: it always names the file, and the line or field
 * when there is one, so the message reads {@code path:line: what is wrong}.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    public InvalidInputException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public InvalidInputException(Path file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** An error about the whole file, or about a named field of a JSON document. */
    public InvalidInputException(Path file, String problem) {
        this(file, 0, problem, null);
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }

    /** The problem without the location prefix. */
    public String problem() {
        return problem;
    }

    static String format(Path file, int line, String problem) {
        String where = file == null ? "<input>" : file.toString();
        return line > 0 ? where + ":" + line + ": " + problem : where + ": " + problem;
    }
}
