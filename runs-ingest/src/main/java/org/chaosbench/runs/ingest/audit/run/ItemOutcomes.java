package org.chaosbench.runs.ingest.audit.run;

import java.util.BitSet;

/**
 * Which items a run answered and which of them it got right, as bits over an
 * {@link ItemIndex}. Only the first row of a duplicated id counts. Two runs can be compared
 * item by item (McNemar) only when they answered exactly the same items.
 */
public final class ItemOutcomes {
    private final BitSet answered;
    private final BitSet correct;

    ItemOutcomes(BitSet answered, BitSet correct) {
        this.answered = answered;
        this.correct = correct;
    }

    public int items() {
        return answered.cardinality();
    }

    public int correctCount() {
        return correct.cardinality();
    }

    public boolean sameItems(ItemOutcomes other) {
        return answered.equals(other.answered);
    }

    /** An order-free key of the answered item set (equal sets, equal keys). */
    public BitSet itemSet() {
        return (BitSet) answered.clone();
    }

    /** Items this run got right and {@code other} got wrong (McNemar's b). */
    public long rightWhereOtherWrong(ItemOutcomes other) {
        BitSet b = (BitSet) correct.clone();
        b.andNot(other.correct);
        return b.cardinality();
    }

    /** Collects outcomes row by row while a predictions file is read. */
    static final class Builder {
        private final ItemIndex index;
        private final BitSet answered = new BitSet();
        private final BitSet correct = new BitSet();

        Builder(ItemIndex index) {
            this.index = index;
        }

        /** @return false when the id was already answered (a duplicate row, ignored here) */
        boolean add(String id, boolean right) {
            int n = index.numberOf(id);
            if (answered.get(n)) {
                return false;
            }
            answered.set(n);
            if (right) {
                correct.set(n);
            }
            return true;
        }

        ItemOutcomes build() {
            return new ItemOutcomes(answered, correct);
        }
    }
}
