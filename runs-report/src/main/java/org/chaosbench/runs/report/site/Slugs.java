package org.chaosbench.runs.report.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File names for pages. Run ids hold {@code :} and model names hold anything, so a page name
 * keeps only characters that are safe in a file name and in a relative URL on every system.
 */
final class Slugs {
    private Slugs() {
    }

    /** Letters, digits, dot, dash and underscore kept; every other run of characters becomes one dash. */
    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_' || c == '-';
            if (keep) {
                sb.append(c);
                dash = false;
            } else if (!dash) {
                sb.append('-');
                dash = true;
            }
        }
        String s = sb.toString();
        // A leading dot would hide the file; a name made only of dashes says nothing.
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        return s.replace("-", "").isEmpty() ? "run" : s;
    }

    /** The first {@code hexDigits} of the SHA-256 of {@code text}: a stable tie-breaker for clashing slugs. */
    static String hash(String text, int hexDigits) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
