package org.chaosbench.runs.report.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * The cache key of a page model ({@link DerivedFileCache}): a 128-bit hash over a tree of
 * values, walked the way the model is built: records component by component, lists and maps
 * element by element, strings char by char, any other value by its text. Every component of
 * every record counts, so a field added to a page model is in the key without anyone
 * remembering it (as with the records' own {@code toString}, which this replaces: printing
 * 1,000 page models into strings, then hashing them, was a fifth of a rebuild's CPU).
 */
final class ModelKey {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private long fnv = 0xcbf29ce484222325L;
    private long poly = 0x9E3779B97F4A7C15L;
    private long length;

    static String of(Object... values) {
        ModelKey key = new ModelKey();
        for (Object v : values) {
            key.add(v);
        }
        return key.value();
    }

    private void add(Object value) {
        if (value == null) {
            mark('n');
        } else if (value instanceof CharSequence text) {
            mark('s');
            chars(text);
        } else if (value instanceof Record record) {
            mark('r');
            chars(record.getClass().getName());
            for (RecordComponent c : COMPONENTS.get(record.getClass())) {
                add(component(record, c));
            }
        } else if (value instanceof Collection<?> items) {
            mark('l');
            number(items.size());
            items.forEach(this::add);
        } else if (value instanceof Map<?, ?> map) {
            mark('m');
            number(map.size());
            map.forEach((k, v) -> {
                add(k);
                add(v);
            });
        } else {
            mark('v');
            chars(value.getClass().getName());
            chars(value.toString());
        }
    }

    private static Object component(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName() + "." + c.getName(), e);
        }
    }

    private void mark(char kind) {
        step(kind);
    }

    private void number(long n) {
        step((char) (n >>> 48));
        step((char) (n >>> 32));
        step((char) (n >>> 16));
        step((char) n);
    }

    /** Length first, so that two strings can never run into each other. */
    private void chars(CharSequence text) {
        int n = text.length();
        number(n);
        for (int i = 0; i < n; i++) {
            step(text.charAt(i));
        }
    }

    private void step(char c) {
        fnv = (fnv ^ c) * 0x100000001b3L;
        poly = poly * 0x5851F42D4C957F2DL + c;
        length++;
    }

    private String value() {
        long mixed = poly;
        mixed ^= mixed >>> 33;
        mixed *= 0xff51afd7ed558ccdL;
        mixed ^= mixed >>> 33;
        return Long.toHexString(length) + "-" + Long.toHexString(fnv) + Long.toHexString(mixed);
    }
}
