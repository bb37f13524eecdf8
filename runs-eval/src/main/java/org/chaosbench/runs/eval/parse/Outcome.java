package org.chaosbench.runs.eval.parse;

/** How an answer parsed (FORMATS 4): a TRUE or FALSE label, or no usable label. */
public enum Outcome {
    VALID_TRUE,
    VALID_FALSE,
    INVALID
}
