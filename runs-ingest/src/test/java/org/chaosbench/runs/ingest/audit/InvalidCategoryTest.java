package org.chaosbench.runs.ingest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of FORMATS 8.4, in order; '|' separates text from the expected key. */
class InvalidCategoryTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "|empty_response",
        "  \t  |empty_response",
        "I cannot answer that.|refusal",
        "  i CANNOT say|refusal",
        "I'm unable to determine this|refusal",
        "Sorry, I cannot provide a verdict|refusal",
        "I cannot tell, it depends|refusal",
        "Well, I can't be certain|formatting_failure",
        "Both TRUE and FALSE|hedging_or_multi_answer",
        "It could be either|hedging_or_multi_answer",
        "That DEPENDS on the parameters|hedging_or_multi_answer",
        "unclear|hedging_or_multi_answer",
        "I am uncertain here|hedging_or_multi_answer",
        "neither, really|hedging_or_multi_answer",
        "The answer is maybe|formatting_failure",
        "TRUEFALSE|formatting_failure",
        "Answer: I cannot|formatting_failure",
    })
    void classifies(String text, String expected) {
        assertThat(InvalidCategory.classify(text == null ? "" : text).key()).isEqualTo(expected);
    }

    @Test
    void nullTextIsAnEmptyResponse() {
        assertThat(InvalidCategory.classify(null)).isEqualTo(InvalidCategory.EMPTY_RESPONSE);
    }
}
