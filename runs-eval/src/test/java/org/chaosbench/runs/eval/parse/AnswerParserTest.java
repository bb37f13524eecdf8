package org.chaosbench.runs.eval.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.chaosbench.runs.ingest.compat.PyText;
import org.junit.jupiter.api.Test;

/** The building blocks of {@link AnswerParser} and its Python-regex translation. */
class AnswerParserTest {

    @Test
    void reasonsAreTheFirstFortyCharactersOfThePythonSources() {
        assertThat(AnswerParser.RULES).extracting(AnswerParser.Rule::reason).containsExactly(
                "matched pattern: FINAL[_\\s\\-]*ANSWER\\s*[:=]\\s*([^\\n.,;]+)",
                "matched pattern: (?:the\\s+)?answer\\s+is\\s*[:=]?\\s*([^\\n.,",
                "matched pattern: \\banswer\\s*[:=]\\s*([^\\n.,;]+)",
                "matched pattern: \\btherefore\\s*[,:]?\\s*([^\\n.,;]+)",
                "matched pattern: \\bconclusion\\s*[:=]\\s*([^\\n.,;]+)",
                "matched pattern: \\bso\\s+(?:the\\s+answer\\s+is\\s+)?([^\\n.,;",
                "matched pattern: (?:my\\s+)?(?:final|ultimate)\\s+answer\\s*");
    }

    @Test
    void javaSourcesAreThePythonSourcesWithWhitespaceAndBoundaryTranslated() {
        for (AnswerParser.Rule rule : AnswerParser.RULES) {
            String back = rule.pattern().pattern()
                    .replace(AnswerParser.WS, "\\s")
                    .replace(AnswerParser.WS_IN_CLASS, "\\s");
            String expected = rule.pythonSource();
            if (rule.wordBoundaryFirst()) {
                assertThat(expected).startsWith("\\b");
                expected = expected.substring(2);
            }
            assertThat(expected).doesNotContain("\\b");
            assertThat(back).isEqualTo(expected);
            assertThat(rule.pattern().flags()).isEqualTo(Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        }
    }

    @Test
    void translatedWhitespaceClassIsPythonIsspace() {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        var outside = Pattern.compile(AnswerParser.WS, flags).matcher("");
        var inside = Pattern.compile("[" + AnswerParser.WS_IN_CLASS + "]", flags).matcher("");
        // every Python whitespace character is in the BMP
        StringBuilder wrong = new StringBuilder();
        for (int cp = 0; cp < 0x10000; cp++) {
            String s = String.valueOf((char) cp);
            boolean py = PyText.isSpace(cp);
            if (outside.reset(s).matches() != py || inside.reset(s).matches() != py) {
                wrong.append(String.format(" U+%04X", cp));
            }
        }
        assertThat(wrong).as("code points where the translated \\s differs from str.isspace()").isEmpty();
    }

    @Test
    void pythonWordCharacters() {
        assertThat(AnswerParser.isPyWord('a')).isTrue();
        assertThat(AnswerParser.isPyWord('_')).isTrue();
        assertThat(AnswerParser.isPyWord('7')).isTrue();
        assertThat(AnswerParser.isPyWord(0x00B2)).as("superscript two, No").isTrue();
        assertThat(AnswerParser.isPyWord(0x2167)).as("roman numeral eight, Nl").isTrue();
        assertThat(AnswerParser.isPyWord(0x02B0)).as("modifier letter h, Lm").isTrue();
        assertThat(AnswerParser.isPyWord(0x1D400)).as("math bold A, supplementary Lu").isTrue();
        assertThat(AnswerParser.isPyWord(0x0301)).as("combining acute, Mn").isFalse();
        assertThat(AnswerParser.isPyWord(0x24B6)).as("circled A, So").isFalse();
        assertThat(AnswerParser.isPyWord(0x203F)).as("undertie, Pc").isFalse();
        assertThat(AnswerParser.isPyWord(0x200D)).as("ZWJ, Cf").isFalse();
        assertThat(AnswerParser.isPyWord('-')).isFalse();
        assertThat(AnswerParser.isPyWord(' ')).isFalse();
    }

    @Test
    void boundarySearchSkipsRejectedStartsAndKeepsLooking() {
        AnswerParser.Rule answerColon = AnswerParser.RULES.get(2);
        assertThat(AnswerParser.find(answerColon, "xanswer: no")).isNull();
        var m = AnswerParser.find(answerColon, "xanswer: no, answer: yes");
        assertThat(m).isNotNull();
        assertThat(m.group(1)).isEqualTo("yes");
        assertThat(m.start()).isEqualTo(13);
        assertThat(AnswerParser.find(answerColon, "\uD835\uDC00answer: no \uD835\uDC00 answer: yes").group(1))
                .isEqualTo("yes");
    }

    @Test
    void cleanDeletesTheMarkdownCharactersOnly() {
        assertThat(AnswerParser.clean("*_`#[]()\"'a-b{c}<d>~e|f\\g")).isEqualTo("a-b{c}<d>~e|f\\g");
    }

    @Test
    void tokenMapping() {
        assertThat(List.of("yes", "TRUE", "Y", "t", "True!?.", "yes,;:")).allMatch(t -> "TRUE".equals(AnswerParser.token(t)));
        assertThat(List.of("no", "FALSE", "N", "f", "No?", "false...")).allMatch(t -> "FALSE".equals(AnswerParser.token(t)));
        assertThat(List.of("", ".", "yess", ".true", "true)", "truth", "ye", "0", "1", "oui")).allMatch(t -> AnswerParser.token(t) == null);
        assertThat(AnswerParser.token("\u00a0TRUE\u2028")).isEqualTo("TRUE");
    }

    @Test
    void finalLineReasons() {
        // parse() never reaches "empty text" (blank text is "empty response" first)
        assertThat(AnswerParser.finalLine("\n \u00a0\n\u001c")).isEqualTo(new AnswerParser.Step(null, "empty text"));
        assertThat(AnswerParser.finalLine("TRUE\n** ` **\n")).isEqualTo(new AnswerParser.Step(null, "empty last line"));
        assertThat(AnswerParser.finalLine("a b c d e")).isEqualTo(
                new AnswerParser.Step(null, "last line tokens unrecognized: ['a', 'b', 'c', 'd']"));
        assertThat(AnswerParser.finalLine("x\r\nyes\r\n")).isEqualTo(new AnswerParser.Step("TRUE", "final line token"));
    }

    @Test
    void invalidResultsCarryNoLabelAndZeroConfidence() {
        ParseResult r = AnswerParser.parse("FINAL_ANSWER: perhaps", true);
        assertThat(r).isEqualTo(new ParseResult(Outcome.INVALID, null, 0.0, "no pattern matched"));
        assertThat(r.isValid()).isFalse();
    }

    @Test
    void longInputStaysFast() {
        String filler = "so we answer the question about answers and so on\n".repeat(4000);
        long t0 = System.nanoTime();
        ParseResult r = AnswerParser.parse(filler + "The answer is TRUE\nok", false);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r).isEqualTo(new ParseResult(Outcome.VALID_TRUE, "TRUE", 0.9,
                "matched pattern: (?:the\\s+)?answer\\s+is\\s*[:=]?\\s*([^\\n.,"));
        assertThat(ms).isLessThan(2000);
    }
}
