package org.chaosbench.runs.eval.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven FORMATS 4 cases from {@code parse/cases.tsv}. */
class AnswerParserCasesTest {

    private static final List<ParseCase> CASES = ParseCase.load();

    static Stream<ParseCase> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesAsTabulated(ParseCase c) {
        ParseResult r = AnswerParser.parse(c.input(), c.strict());
        assertThat(r).as(c.toString())
                .isEqualTo(new ParseResult(c.outcome(), c.label(), c.confidence(), c.reason()));
    }

    @Test
    void tableIsLargeAndCoversEveryReason() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(100);
        Set<String> reasons = CASES.stream().map(ParseCase::reason).collect(Collectors.toSet());
        for (AnswerParser.Rule rule : AnswerParser.RULES) {
            assertThat(reasons).contains(rule.reason());
        }
        assertThat(reasons).contains(AnswerParser.EMPTY_RESPONSE, AnswerParser.AMBIGUITY,
                AnswerParser.EMPTY_LAST_LINE, AnswerParser.FINAL_LINE_TOKEN, AnswerParser.NO_PATTERN);
        assertThat(reasons).anyMatch(s -> s.startsWith(AnswerParser.UNRECOGNIZED));
        assertThat(CASES).anyMatch(c -> c.strict()).anyMatch(c -> !c.strict())
                .anyMatch(c -> c.input() == null);
    }
}
