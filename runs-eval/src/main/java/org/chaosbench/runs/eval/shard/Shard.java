package org.chaosbench.runs.eval.shard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shard {@code index} of {@code count} ({@code --shard 2/4}): the positions {@code p} of the
 * selected and ordered item list (FORMATS 5.3) with {@code p % count == index - 1}. Taking every
 * N-th item rather than a block keeps the shards within one item of each other and mixes the
 * task families (whose answers take different times) evenly over them; it is also how the
 * original's legacy runner split its batches.
 *
 * @param index 1-based, as in {@code shard2of4} and in SLURM array and CI matrix numbering
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, e.g. 2/4; got " + index + "/" + count);
        }
    }

    /** Parses {@code I/N}, e.g. {@code 2/4}. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard takes I/N with 1 <= I <= N, e.g. --shard 2/4; got '" + text + "'");
        }
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard takes I/N with 1 <= I <= N, e.g. --shard 2/4; got '" + text + "'");
        }
        return new Shard(index, count);
    }

    /** {@code 2/4} */
    public String label() {
        return index + "/" + count;
    }

    /** Appended to the run id ({@code ..._shard2of4}), so that shards started in the same second never share a folder. */
    public String runIdSuffix() {
        return "_shard" + index + "of" + count;
    }

    /** Whether position {@code p} (0-based) of the full item list belongs to this shard. */
    public boolean holds(int position) {
        return position % count == index - 1;
    }

    /** How many of {@code fullSize} positions belong to this shard. */
    public int size(int fullSize) {
        return fullSize < index ? 0 : (fullSize - index) / count + 1;
    }

    /** This shard's part of the full list, in the full list's order. */
    public <T> List<T> take(List<T> full) {
        List<T> part = new ArrayList<>(size(full.size()));
        for (int p = index - 1; p < full.size(); p += count) {
            part.add(full.get(p));
        }
        return part;
    }

    @Override
    public String toString() {
        return label();
    }
}
