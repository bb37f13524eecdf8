package org.chaosbench.runs.eval.provider;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes API keys from text before it leaves a provider.
 *
 * <p>Error texts are shown on consoles and in CI logs. Servers sometimes echo what they
 * received ("Incorrect API key provided: sk-...") and exception messages may carry a URL,
 * so every error text, body excerpt and exception message passes through here. Each secret
 * is also matched in its URL-encoded and JSON {@code \/}-escaped spellings, and longer
 * secrets are replaced first so that one key containing another is masked whole.
 */
public final class Redactor {

    /** What replaces a secret. */
    public static final String MASK = "[REDACTED]";

    private static final Redactor NONE = new Redactor(List.of());

    private final List<String> patterns;

    private Redactor(List<String> patterns) {
        this.patterns = patterns;
    }

    /** A redactor for the given secrets; null and empty ones are ignored. */
    public static Redactor of(Collection<String> secrets) {
        Set<String> all = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                continue;
            }
            all.add(secret);
            all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            all.add(secret.replace("/", "\\/"));
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new Redactor(List.copyOf(sorted));
    }

    public static Redactor none() {
        return NONE;
    }

    /** This redactor plus more secrets. */
    public Redactor with(Collection<String> more) {
        List<String> all = new ArrayList<>(patterns);
        all.addAll(more);
        return of(all);
    }

    /** The text with every occurrence of every secret replaced by {@link #MASK}; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String p : patterns) {
            if (out.contains(p)) {
                out = out.replace(p, MASK);
            }
        }
        return out;
    }

    /** Never prints the secrets, only how many spellings are masked. */
    @Override
    public String toString() {
        return "Redactor[" + patterns.size() + " patterns]";
    }
}
