package org.chaosbench.runs.ingest.audit.run;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers item ids once for a whole audit, so that each run keeps its per-item outcomes as
 * two bit sets ({@link ItemOutcomes}) instead of a map of strings: memory for the pairwise
 * tests then grows with the number of distinct items, not with runs times items. Safe for
 * runs audited in parallel.
 */
public final class ItemIndex {
    private final ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    public int numberOf(String id) {
        Integer known = numbers.get(id);
        return known != null ? known : numbers.computeIfAbsent(id, k -> next.getAndIncrement());
    }

    public int size() {
        return next.get();
    }
}
