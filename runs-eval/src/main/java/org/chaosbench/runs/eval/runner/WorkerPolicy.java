package org.chaosbench.runs.eval.runner;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many items are evaluated at once. An explicit count always wins. Local model servers
 * get the intent of RUNS_POLICY section 6 from the parameter count in the model name (up to
 * 8B: 4 workers, larger: 2, unknown: 1) without the substring accidents of FORMATS 5.9;
 * hosted APIs get 8; offline providers answer instantly and run on one thread.
 */
public final class WorkerPolicy {
    static final Set<String> LOCAL = Set.of("ollama", "openai-compatible");
    static final Set<String> OFFLINE = Set.of("mock", "always-true", "always-false", "random");
    public static final int API_DEFAULT = 8;

    /** {@code 7b}, {@code 3.8b}, {@code 8x7b}; the size must end the token ({@code 7b-instruct} counts). */
    private static final Pattern SIZE = Pattern.compile("(?:(\\d+)x)?(\\d+(?:\\.\\d+)?)b(?![a-z0-9])");

    private WorkerPolicy() {
    }

    public static int workers(String provider, String model, Integer explicit) {
        if (explicit != null) {
            if (explicit < 1) {
                throw new IllegalArgumentException("--workers must be at least 1, got " + explicit);
            }
            return explicit;
        }
        if (OFFLINE.contains(provider)) {
            return 1;
        }
        if (!LOCAL.contains(provider)) {
            return API_DEFAULT;
        }
        OptionalDouble size = parameterBillions(model);
        if (size.isEmpty()) {
            return 1;
        }
        return size.getAsDouble() <= 8.0 ? 4 : 2;
    }

    /** Hosted APIs rate-limit their callers: the runner adapts its concurrency to them. */
    public static boolean isHostedApi(String provider) {
        return !OFFLINE.contains(provider) && !LOCAL.contains(provider);
    }

    /** Parameters in billions read from a model name: {@code qwen2.5:32b} 32, {@code mixtral:8x7b} 56. */
    public static OptionalDouble parameterBillions(String model) {
        if (model == null) {
            return OptionalDouble.empty();
        }
        Matcher m = SIZE.matcher(model.toLowerCase(Locale.ROOT));
        OptionalDouble found = OptionalDouble.empty();
        while (m.find()) {
            double size = Double.parseDouble(m.group(2));
            found = OptionalDouble.of(m.group(1) == null ? size : size * Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
