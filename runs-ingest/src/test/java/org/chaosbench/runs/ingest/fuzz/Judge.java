package org.chaosbench.runs.ingest.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * Decides whether one fuzz case went right. The oracle per mutation:
 * <ul>
 * <li>every case: no exception other than the tool's own, no hang;</li>
 * <li>input the strict JSON check refuses: a strict reader refuses it too, with a message
 * naming the file and a line no later than the first bad one; a skipping reader drops exactly
 * the bad lines; a reporting reader reports an error naming the file (and the first bad
 * line);</li>
 * <li>input the strict check accepts: the reader gives the same answer as for the canonical
 * re-serialisation of the same JSON (so only the content counts, never its byte layout), and
 * a strict JSONL reader makes one record per non-blank line;</li>
 * <li>CRLF and lone-CR line ends (universal newlines, FORMATS 0.1): the same answer as for the
 * original file. A BOM needs no rule of its own: it is not JSON, so the strict check refuses
 * it, as the original's {@code json.loads} does.</li>
 * <li>a falling-back reader (the site's receipt reader): never throws, and input the strict
 * check refuses gets the answer an empty object gets.</li>
 * </ul>
 */
final class Judge {
    private static final Pattern NAMES_A_FIELD = Pattern.compile("(field|key) \"|\\bfield\\b");
    private static final List<String> WHOLE_DOCUMENT = List.of("expected a JSON object", "empty document",
            "file not found", "the file holds no item", "changed while it was read");
    private static final byte[] EMPTY_OBJECT = {'{', '}'};
    private static final Pattern COLUMN = Pattern.compile(" \\(column \\d+\\)");

    private Judge() {
    }

    /**
     * @param twin runs the reader on other bytes at the same path (the canonical twin)
     * @return the problems found; empty when the case passed
     */
    static List<String> judge(Subject subject, Subject.Format format, MutationKind kind, byte[] bytes, Path target,
            Outcome outcome, Outcome original, Function<byte[], Outcome> twin) {
        List<String> problems = new ArrayList<>();
        if (outcome instanceof Outcome.Crashed || outcome instanceof Outcome.TimedOut) {
            problems.add(outcome.describe() + stackTop(outcome));
            return problems;
        }
        List<Oracle.Line> lines = format == Subject.Format.JSONL ? Oracle.lines(bytes) : null;
        StrictJson.Node doc = format == Subject.Format.DOCUMENT ? Oracle.document(bytes) : null;
        int firstInvalid = lines == null ? -1
                : lines.stream().filter(Oracle.Line::invalid).mapToInt(Oracle.Line::number).findFirst().orElse(-1);
        boolean valid = format == Subject.Format.DOCUMENT ? doc != null : firstInvalid < 0;
        byte[] canonical = !valid && subject.mode() == Subject.Mode.STRICT ? null
                : format == Subject.Format.DOCUMENT ? (doc == null ? null : Oracle.canonicalDocument(doc))
                : Oracle.canonicalLines(lines);

        switch (subject.mode()) {
            case STRICT -> {
                if (outcome instanceof Outcome.Rejected r) {
                    String bad = located(r.error(), target, firstInvalid);
                    if (bad != null) {
                        problems.add(bad);
                    }
                } else if (!valid) {
                    problems.add("accepted a file the strict JSON check refuses"
                            + (firstInvalid > 0 ? " (line " + firstInvalid + ")" : ""));
                }
                if (valid) {
                    sameAs("its canonical twin", outcome, twin.apply(canonical), problems);
                    if (outcome instanceof Outcome.Accepted a && result(a).records() != null && lines != null) {
                        long nonBlank = lines.stream().filter(l -> !l.blank()).count();
                        if (result(a).records() != nonBlank) {
                            problems.add("made " + result(a).records() + " records from " + nonBlank + " non-blank lines");
                        }
                    }
                }
            }
            case SKIPS_BAD_LINES -> {
                if (!(outcome instanceof Outcome.Accepted a)) {
                    problems.add("a skipping reader refused the file: " + outcome.describe());
                    return problems;
                }
                Outcome t = twin.apply(canonical);
                if (!(t instanceof Outcome.Accepted ta)) {
                    problems.add("the canonical twin was refused: " + t.describe());
                    return problems;
                }
                if (!Objects.equals(result(a).comparable(), result(ta).comparable())) {
                    problems.add("kept records differ from the twin's (bad lines blanked)");
                }
                long invalid = lines.stream().filter(Oracle.Line::invalid).count();
                if (result(a).skipped() != result(ta).skipped() + invalid) {
                    problems.add("skipped " + result(a).skipped() + " lines, expected " + (result(ta).skipped() + invalid));
                }
            }
            case FINDINGS -> {
                if (!(outcome instanceof Outcome.Accepted a)) {
                    problems.add("a reporting reader threw: " + outcome.describe());
                    return problems;
                }
                if (!valid) {
                    String where = target + (firstInvalid > 0 ? ":" + firstInvalid + ":" : "");
                    if (result(a).errors().stream().noneMatch(m -> m.contains(where))) {
                        problems.add("no error names " + where + "; errors: " + result(a).errors());
                    }
                } else {
                    sameAs("its canonical twin", outcome, twin.apply(canonical), problems);
                }
            }
            case FALLBACK -> {
                if (!(outcome instanceof Outcome.Accepted)) {
                    problems.add("a falling-back reader threw: " + outcome.describe());
                    return problems;
                }
                sameAs(valid ? "its canonical twin" : "an empty object (the fallback)", outcome,
                        twin.apply(valid ? canonical : EMPTY_OBJECT), problems);
            }
        }
        if (kind == MutationKind.CRLF) {
            sameAs("the original file (universal newlines)", outcome, original, problems);
        }
        return problems;
    }

    private static ReadResult result(Outcome.Accepted a) {
        return (ReadResult) a.result();
    }

    /** Null when the error names the file and a line (or a field, or is about the whole document). */
    static String located(InvalidInputException e, Path target, int firstInvalid) {
        if (e.file() == null || !e.file().equals(target)) {
            return "the error names " + e.file() + ", not the fuzzed file: " + e.getMessage();
        }
        if (!e.getMessage().startsWith(target.toString())) {
            return "the message does not start with the file: " + e.getMessage();
        }
        String problem = e.problem();
        boolean located = e.line() > 0 || NAMES_A_FIELD.matcher(problem).find()
                || WHOLE_DOCUMENT.stream().anyMatch(problem::startsWith);
        if (!located) {
            return "the message names no line or field: " + Outcome.abbreviate(e.getMessage());
        }
        if (firstInvalid > 0 && (e.line() < 1 || e.line() > firstInvalid)) {
            return "the error is at line " + e.line() + " but the first bad line is " + firstInvalid + ": "
                    + Outcome.abbreviate(e.getMessage());
        }
        return null;
    }

    private static void sameAs(String what, Outcome got, Outcome expected, List<String> problems) {
        if (got instanceof Outcome.Accepted a && expected instanceof Outcome.Accepted b) {
            if (!Objects.equals(result(a).comparable(), result(b).comparable())) {
                problems.add("result differs from " + what);
            }
        } else if (got instanceof Outcome.Rejected a && expected instanceof Outcome.Rejected b) {
            String pa = COLUMN.matcher(a.error().problem()).replaceAll("");
            String pb = COLUMN.matcher(b.error().problem()).replaceAll("");
            if (!pa.equals(pb)) {
                problems.add("refused for another reason than " + what + ": " + Outcome.abbreviate(pa) + " vs "
                        + Outcome.abbreviate(pb));
            }
        } else {
            problems.add("outcome differs from " + what + ": " + got.describe() + " vs " + expected.describe());
        }
    }

    private static String stackTop(Outcome o) {
        if (!(o instanceof Outcome.Crashed c)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        StackTraceElement[] st = c.error().getStackTrace();
        for (int k = 0; k < Math.min(6, st.length); k++) {
            sb.append("\n      at ").append(st[k]);
        }
        return sb.toString();
    }
}
