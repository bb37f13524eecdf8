package org.chaosbench.runs.eval.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chaosbench.runs.ingest.compat.PyText;

/**
 * Turns a model response into TRUE, FALSE or INVALID exactly as FORMATS section 4
 * describes: the last-line token scan (FINAL_LINE), the seven regular expressions
 * (PATTERNS), the ambiguity phrases, strict and lenient order, confidence and the
 * {@code parse_reason} strings.
 *
 * <p>Python semantics kept on purpose: whitespace is Python's {@code str.isspace()} set
 * (through {@link PyText}), casing is full Unicode casing, the repr of unrecognized tokens
 * is Python's list repr, and the regular expressions behave like Python {@code re} with
 * {@code IGNORECASE} on a {@code str}:
 * <ul>
 *   <li>Python {@code \s} is {@code str.isspace()}; Java's Unicode {@code \s}
 *       (White_Space) lacks U+001C..U+001F, so every {@code \s} becomes
 *       {@code [\s\x1c-\x1f]} (inside a class: {@code \s\x1c-\x1f}).</li>
 *   <li>Python {@code \b} separates a word character from a non-word one, word meaning
 *       {@code str.isalnum()} or {@code _}, that is general category L*, Nd, Nl, No or
 *       {@code _}. Java's {@code \b} differs (it counts marks, connector punctuation, ZWJ
 *       and Other_Alphabetic symbols such as U+24B6 as word characters and other numbers
 *       such as U+00B2 as non-word). Every {@code \b} here starts its pattern and is
 *       followed by a letter, so it holds exactly when the preceding code point is not a
 *       Python word character; {@link #find} checks that by hand instead of using Java's
 *       {@code \b}.</li>
 *   <li>Case-insensitive literals: with {@code CASE_INSENSITIVE | UNICODE_CASE} Java
 *       matches the same characters as Python for every letter of these patterns (checked
 *       over all code points: {@code i} also matches U+0130 and U+0131, {@code s} also
 *       U+017F, nothing else beyond ASCII case).</li>
 * </ul>
 * Remaining difference: Java 17 uses Unicode 13 character data, CPython 3.12/3.13 uses
 * Unicode 15.0/15.1. Code points assigned or re-categorized since Unicode 13 may be word
 * characters, letters with case mappings or printable in Python but not here; whitespace
 * has not changed.
 */
public final class AnswerParser {

    /** FINAL_LINE reasons and the step-1/step-2 reasons. */
    static final String EMPTY_RESPONSE = "empty response";
    static final String AMBIGUITY = "response signals ambiguity";
    static final String EMPTY_TEXT = "empty text";
    static final String EMPTY_LAST_LINE = "empty last line";
    static final String FINAL_LINE_TOKEN = "final line token";
    static final String UNRECOGNIZED = "last line tokens unrecognized: ";
    static final String MATCHED = "matched pattern: ";
    static final String NO_PATTERN = "no pattern matched";

    /** Characters CLEAN deletes. */
    private static final String CLEAN_CHARS = "*_`#[]()\"'";
    /** Characters TOKEN strips from the right. */
    private static final String TRAILING_PUNCT = ".,;:!?";

    private static final List<String> AMBIGUITY_PHRASES = List.of(
            "it depends", "cannot determine", "cannot be determined", "not enough information",
            "ambiguous", "both true and false", "both false and true", "neither true nor false");

    /** Python {@code \s} outside a character class. */
    static final String WS = "[\\s\\x1c-\\x1f]";
    /** Python {@code \s} inside a character class. */
    static final String WS_IN_CLASS = "\\s\\x1c-\\x1f";

    private static final int FLAGS =
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /**
     * One of the seven patterns: the Python source (which names the reason), the Java
     * translation, and whether the Python source starts with {@code \b} (dropped from the
     * Java source and checked by {@link #find}).
     */
    record Rule(String pythonSource, boolean wordBoundaryFirst, Pattern pattern, String reason) {

        Rule(String pythonSource, boolean wordBoundaryFirst, String javaSource) {
            this(pythonSource, wordBoundaryFirst, Pattern.compile(javaSource, FLAGS),
                    MATCHED + PyText.firstCodePoints(pythonSource, 40));
        }
    }

    /** The patterns of FORMATS 4, in order. */
    static final List<Rule> RULES = List.of(
            new Rule("FINAL[_\\s\\-]*ANSWER\\s*[:=]\\s*([^\\n.,;]+)", false,
                    "FINAL[_" + WS_IN_CLASS + "\\-]*ANSWER" + WS + "*[:=]" + WS + "*([^\\n.,;]+)"),
            new Rule("(?:the\\s+)?answer\\s+is\\s*[:=]?\\s*([^\\n.,;]+)", false,
                    "(?:the" + WS + "+)?answer" + WS + "+is" + WS + "*[:=]?" + WS + "*([^\\n.,;]+)"),
            new Rule("\\banswer\\s*[:=]\\s*([^\\n.,;]+)", true,
                    "answer" + WS + "*[:=]" + WS + "*([^\\n.,;]+)"),
            new Rule("\\btherefore\\s*[,:]?\\s*([^\\n.,;]+)", true,
                    "therefore" + WS + "*[,:]?" + WS + "*([^\\n.,;]+)"),
            new Rule("\\bconclusion\\s*[:=]\\s*([^\\n.,;]+)", true,
                    "conclusion" + WS + "*[:=]" + WS + "*([^\\n.,;]+)"),
            new Rule("\\bso\\s+(?:the\\s+answer\\s+is\\s+)?([^\\n.,;]+)", true,
                    "so" + WS + "+(?:the" + WS + "+answer" + WS + "+is" + WS + "+)?([^\\n.,;]+)"),
            new Rule("(?:my\\s+)?(?:final|ultimate)\\s+answer\\s*[:=]?\\s*([^\\n.,;]+)", false,
                    "(?:my" + WS + "+)?(?:final|ultimate)" + WS + "+answer" + WS + "*[:=]?" + WS
                            + "*([^\\n.,;]+)"));

    /** Outcome of FINAL_LINE or PATTERNS: a label (TRUE/FALSE) or null, and the reason. */
    record Step(String label, String reason) {
    }

    private AnswerParser() {
    }

    /**
     * Parses one response (FORMATS 4, algorithm steps 1-5).
     *
     * @param text the response text, may be null
     * @param strict FINAL_LINE before PATTERNS when true (the default of the runner),
     *     PATTERNS before FINAL_LINE when false
     */
    public static ParseResult parse(String text, boolean strict) {
        if (text == null || PyText.strip(text).isEmpty()) {
            return invalid(EMPTY_RESPONSE);
        }
        String lower = PyText.lower(text);
        for (String phrase : AMBIGUITY_PHRASES) {
            if (lower.contains(phrase)) {
                return invalid(AMBIGUITY);
            }
        }
        Step step = strict ? finalLine(text) : patterns(text);
        if (step.label() == null) {
            step = strict ? patterns(text) : finalLine(text);
        }
        if (step.label() == null) {
            return invalid(step.reason());
        }
        double confidence = PyText.upper(text).contains("FINAL_ANSWER") ? 1.0 : 0.9;
        Outcome outcome = "TRUE".equals(step.label()) ? Outcome.VALID_TRUE : Outcome.VALID_FALSE;
        return new ParseResult(outcome, step.label(), confidence, step.reason());
    }

    private static ParseResult invalid(String reason) {
        return new ParseResult(Outcome.INVALID, null, 0.0, reason);
    }

    /** CLEAN: deletes {@code * _ ` # [ ] ( ) " '}. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (CLEAN_CHARS.indexOf(ch) < 0) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * TOKEN: trim, lower-case, strip trailing {@code . , ; : ! ?}; then {@code yes true y t}
     * give TRUE, {@code no false n f} give FALSE, anything else null.
     */
    static String token(String t) {
        String s = PyText.lower(PyText.strip(t));
        int end = s.length();
        while (end > 0 && TRAILING_PUNCT.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        switch (s.substring(0, end)) {
            case "yes", "true", "y", "t":
                return "TRUE";
            case "no", "false", "n", "f":
                return "FALSE";
            default:
                return null;
        }
    }

    /** First TOKEN hit scanning from the last token to the first, or null. */
    private static String lastLabel(List<String> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String label = token(tokens.get(i));
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    /** FINAL_LINE: the last non-blank {@code \n}-separated line, cleaned and split. */
    static Step finalLine(String text) {
        String last = null;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String piece = PyText.strip(text.substring(start, end));
            if (!piece.isEmpty()) {
                last = piece;
            }
            start = end + 1;
        }
        if (last == null) {
            return new Step(null, EMPTY_TEXT);
        }
        List<String> tokens = PyText.split(clean(last));
        if (tokens.isEmpty()) {
            return new Step(null, EMPTY_LAST_LINE);
        }
        String label = lastLabel(tokens);
        if (label != null) {
            return new Step(label, FINAL_LINE_TOKEN);
        }
        return new Step(null, UNRECOGNIZED + PyText.reprList(tokens.subList(0, Math.min(4, tokens.size()))));
    }

    /** PATTERNS: the first pattern whose first match has a mapping token in group 1. */
    static Step patterns(String text) {
        String c = clean(text);
        for (Rule rule : RULES) {
            Matcher m = find(rule, c);
            if (m != null) {
                String label = lastLabel(PyText.split(PyText.strip(m.group(1))));
                if (label != null) {
                    return new Step(label, rule.reason());
                }
            }
        }
        return new Step(null, NO_PATTERN);
    }

    /**
     * Python {@code re.search}: the leftmost match, or null. For a rule whose Python source
     * starts with {@code \b}, a match is only accepted where the preceding code point is
     * not a Python word character; otherwise the search goes on one code point further,
     * as Python's search does when {@code \b} fails at a position.
     */
    static Matcher find(Rule rule, String c) {
        Matcher m = rule.pattern().matcher(c);
        int from = 0;
        while (m.find(from)) {
            int s = m.start();
            if (!rule.wordBoundaryFirst() || s == 0 || !isPyWord(c.codePointBefore(s))) {
                return m;
            }
            from = s + Character.charCount(c.codePointAt(s));
        }
        return null;
    }

    /** Python's {@code \w} for str patterns: {@code ch.isalnum() or ch == '_'}. */
    static boolean isPyWord(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
