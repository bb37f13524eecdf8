package org.chaosbench.runs.eval.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void replacesEveryOccurrence() {
        Redactor r = Redactor.of(List.of("sk-SENTINEL-123"));
        assertEquals("bad key [REDACTED], again [REDACTED].", r.redact("bad key sk-SENTINEL-123, again sk-SENTINEL-123."));
        assertNull(r.redact(null));
        assertEquals("", r.redact(""));
    }

    @Test
    void longerSecretsFirstSoNoTailSurvives() {
        Redactor r = Redactor.of(List.of("abc", "abcdef"));
        assertEquals("x [REDACTED] y [REDACTED]", r.redact("x abcdef y abc"));
    }

    @Test
    void urlEncodedAndSlashEscapedSpellingsToo() {
        Redactor r = Redactor.of(List.of("k/e+y=1"));
        assertEquals("[REDACTED] [REDACTED] [REDACTED]", r.redact("k/e+y=1 k%2Fe%2By%3D1 k\\/e+y=1"));
    }

    @Test
    void nullAndEmptySecretsAreIgnored() {
        Redactor r = Redactor.of(Arrays.asList(null, "", "s3cret"));
        assertEquals("a [REDACTED] b", r.redact("a s3cret b"));
        assertEquals("unchanged", Redactor.none().redact("unchanged"));
        assertEquals("[REDACTED][REDACTED]", Redactor.none().with(List.of("x")).redact("xx"));
        assertFalse(r.toString().contains("s3cret"));
    }
}
