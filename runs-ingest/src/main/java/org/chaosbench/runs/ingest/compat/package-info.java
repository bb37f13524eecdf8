/**
 * Reproductions of CPython behaviour that leaks into the files the original tool wrote.
 *
 * <p>Published run files are compared byte for byte with those of the Python tool, so
 * float text, rounding, JSON escaping, string whitespace and the Mersenne Twister stream
 * must match CPython exactly, not merely "look right". Each class mirrors one Python
 * facility; the contract is FORMATS.md sections 0.2, 0.3, 0.5 and 0.6.
 */
package org.chaosbench.runs.ingest.compat;
