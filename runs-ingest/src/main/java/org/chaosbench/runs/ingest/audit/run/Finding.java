package org.chaosbench.runs.ingest.audit.run;

/**
 * One problem found in a run. The code is a stable short id that reports and tests key on;
 * the message names the file and the line or field so a person can go and look.
 */
public record Finding(Severity severity, String code, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static Finding error(String code, String message) {
        return new Finding(Severity.ERROR, code, message);
    }

    public static Finding warning(String code, String message) {
        return new Finding(Severity.WARNING, code, message);
    }
}
