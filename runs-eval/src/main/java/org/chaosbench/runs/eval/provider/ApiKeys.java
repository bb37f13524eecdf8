package org.chaosbench.runs.eval.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.chaosbench.runs.ingest.compat.PyText;

/**
 * Where API keys come from: an environment (by default the process environment) plus
 * optional extra entries, which the Maven plugin fills from settings.xml {@code <server>}
 * passwords keyed by server id (e.g. {@code openai}).
 *
 * <p>Lookup for a provider kind, first hit wins: an extra entry under the kind's id (an
 * explicit setting for this build beats an ambient variable), then for each of the kind's
 * variables in order an extra entry under the variable name and the environment variable.
 * Values are trimmed; blank counts as missing (as in the original, where an empty variable
 * is no key). Keys never appear in {@link #toString()} or in error texts.
 */
public final class ApiKeys {

    private final Map<String, String> environment;
    private final Map<String, String> extra;

    private ApiKeys(Map<String, String> environment, Map<String, String> extra) {
        this.environment = environment;
        this.extra = extra;
    }

    /** Keys from {@link System#getenv()}. */
    public static ApiKeys fromEnvironment() {
        return new ApiKeys(System.getenv(), Map.of());
    }

    /** Keys from the given environment map (tests, embedding). */
    public static ApiKeys of(Map<String, String> environment) {
        return new ApiKeys(Map.copyOf(Objects.requireNonNull(environment, "environment")), Map.of());
    }

    public static ApiKeys none() {
        return new ApiKeys(Map.of(), Map.of());
    }

    /**
     * These keys plus extra entries keyed by server id ({@code openai}, {@code gemini}...) or
     * by variable name; later entries replace earlier ones with the same name.
     */
    public ApiKeys withExtra(Map<String, String> entries) {
        Map<String, String> merged = new LinkedHashMap<>(extra);
        entries.forEach((k, v) -> merged.put(Objects.requireNonNull(k, "extra key name"), v));
        return new ApiKeys(environment, merged);
    }

    /** The key for the kind, if any source has one. */
    public Optional<ApiKey> find(ProviderKind kind) {
        if (kind.keyVariables().isEmpty()) {
            return Optional.empty();
        }
        String fromServer = clean(extra.get(kind.id()));
        if (fromServer != null) {
            return Optional.of(new ApiKey(fromServer, "settings server '" + kind.id() + "'"));
        }
        for (String variable : kind.keyVariables()) {
            String fromExtra = clean(extra.get(variable));
            if (fromExtra != null) {
                return Optional.of(new ApiKey(fromExtra, "extra entry " + variable));
            }
            String fromEnv = clean(environment.get(variable));
            if (fromEnv != null) {
                return Optional.of(new ApiKey(fromEnv, "environment variable " + variable));
            }
        }
        return Optional.empty();
    }

    /**
     * The error for a kind without key: names the variable(s) to set, never a value, e.g.
     * {@code missing API key for openai: set OPENAI_API_KEY (or a settings.xml server with id 'openai')}.
     */
    public static String missingKeyMessage(ProviderKind kind) {
        return "missing API key for " + kind.id() + ": set " + String.join(" or ", kind.keyVariables())
                + " (or a settings.xml server with id '" + kind.id() + "')";
    }

    /**
     * Every key value this object could hand out, for {@link Redactor}: the variables of all
     * kinds present in the environment and every extra entry. Masking all of them, not only the
     * key of the current provider, also covers a server that echoes some other credential.
     */
    public Redactor redactor() {
        List<String> secrets = new ArrayList<>();
        for (ProviderKind kind : ProviderKind.values()) {
            for (String variable : kind.keyVariables()) {
                addSecret(secrets, environment.get(variable));
            }
        }
        extra.values().forEach(value -> addSecret(secrets, value));
        return Redactor.of(secrets);
    }

    /** Which known variables and extra names are set, never their values. */
    @Override
    public String toString() {
        List<String> set = new ArrayList<>();
        for (ProviderKind kind : ProviderKind.values()) {
            for (String variable : kind.keyVariables()) {
                if (clean(environment.get(variable)) != null && !set.contains(variable)) {
                    set.add(variable);
                }
            }
        }
        return "ApiKeys[environment keys set: " + set + ", extra entries: " + extra.keySet() + "]";
    }

    /** The trimmed key and, if different, the raw value; blank values are no secret. */
    private static void addSecret(List<String> secrets, String raw) {
        String cleaned = clean(raw);
        if (cleaned != null) {
            secrets.add(cleaned);
            secrets.add(raw);
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = PyText.strip(value);
        return stripped.isEmpty() ? null : stripped;
    }
}
