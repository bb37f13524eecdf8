package org.chaosbench.runs.eval.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class StrictSuffixTest {

    @Test
    void twoNewlinesThenOneInstruction() throws Exception {
        String s = StrictSuffix.TEXT;
        assertTrue(s.startsWith("\n\n"));
        String instruction = s.substring(2);
        assertFalse(instruction.contains("\n"));
        assertTrue(instruction.contains("TRUE") && instruction.contains("FALSE"));
        assertTrue(instruction.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "plain ASCII");
        assertEquals(66, s.length());
        assertEquals("Q?" + s, StrictSuffix.apply("Q?"));
    }

    @Test
    void isOurOwnWordingNotTheOriginalText() throws Exception {
        // FORMATS 3.4 gives the original's SHA-256 prefix; ours must differ.
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(StrictSuffix.TEXT.getBytes(StandardCharsets.UTF_8));
        assertFalse(HexFormat.of().formatHex(digest).startsWith("122e8c34478ef89a"));
    }
}
