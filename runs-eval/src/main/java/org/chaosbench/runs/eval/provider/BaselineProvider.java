package org.chaosbench.runs.eval.provider;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.chaosbench.runs.ingest.compat.PyFloat;

/**
 * Offline reference answers: always {@code TRUE}, always {@code FALSE}, or {@code TRUE}
 * with probability p. They give every leaderboard its floor (a model below the
 * majority-class or coin-flip line has learned nothing) at no cost.
 *
 * <p>The random baseline draws from SHA-256 of {@code "<seed>:<item id>"}, not from a
 * generator stream: the answer for an item depends only on the seed and the id, so a rerun,
 * a resumed run, a sharded run and a run with many workers all agree item by item, and the
 * reprompt (attempt 1) gets the same answer as the first prompt.
 *
 * <p>Names, recorded in manifests and run ids: {@code baseline/always-true},
 * {@code baseline/always-false} and {@code baseline/random-p<p>} with p in Python float
 * notation ({@code baseline/random-p0.5}). The seed is not in the name: it is the run's
 * {@code --seed}, recorded in the manifest beside it.
 */
public final class BaselineProvider implements Provider {

    private enum Mode { ALWAYS_TRUE, ALWAYS_FALSE, RANDOM }

    private final Mode mode;
    private final double trueRate;
    private final long seed;

    private BaselineProvider(Mode mode, double trueRate, long seed) {
        this.mode = mode;
        this.trueRate = trueRate;
        this.seed = seed;
    }

    public static BaselineProvider alwaysTrue() {
        return new BaselineProvider(Mode.ALWAYS_TRUE, 1.0, 0);
    }

    public static BaselineProvider alwaysFalse() {
        return new BaselineProvider(Mode.ALWAYS_FALSE, 0.0, 0);
    }

    /** TRUE with probability {@code trueRate} per item, decided by {@code seed} and the item id. */
    public static BaselineProvider random(double trueRate, long seed) {
        if (!(trueRate >= 0 && trueRate <= 1)) {
            throw new IllegalArgumentException("TRUE rate must be within [0, 1], got " + trueRate);
        }
        return new BaselineProvider(Mode.RANDOM, trueRate, seed);
    }

    @Override
    public String name() {
        return switch (mode) {
            case ALWAYS_TRUE -> "baseline/always-true";
            case ALWAYS_FALSE -> "baseline/always-false";
            case RANDOM -> "baseline/random-p" + PyFloat.repr(trueRate);
        };
    }

    @Override
    public ProviderResponse generate(ProviderRequest request) {
        long start = System.nanoTime();
        String answer;
        switch (mode) {
            case ALWAYS_TRUE -> answer = "TRUE";
            case ALWAYS_FALSE -> answer = "FALSE";
            default -> {
                if (request.itemId() == null) {
                    // Answering from the prompt instead would give the reprompt a different draw.
                    return ProviderResponse.failed("random baseline needs an item id", 0.0, 0);
                }
                answer = unitValue(seed, request.itemId()) < trueRate ? "TRUE" : "FALSE";
            }
        }
        return ProviderResponse.ok(answer, (System.nanoTime() - start) / 1e9);
    }

    /**
     * A uniform number in [0, 1) from SHA-256 of {@code "<seed>:<itemId>"} (UTF-8): the first
     * 8 bytes as an unsigned big-endian integer, top 53 bits, divided by 2^53.
     */
    static double unitValue(long seed, String itemId) {
        byte[] digest = sha256().digest((seed + ":" + itemId).getBytes(StandardCharsets.UTF_8));
        long bits = ByteBuffer.wrap(digest, 0, 8).getLong() >>> 11;
        return bits * 0x1.0p-53;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
