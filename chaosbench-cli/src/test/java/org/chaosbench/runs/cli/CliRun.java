package org.chaosbench.runs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ChaosbenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> outLines() {
        return Arrays.asList(out.split("\n"));
    }

    String lastOutLine() {
        List<String> lines = outLines();
        return lines.get(lines.size() - 1);
    }
}
