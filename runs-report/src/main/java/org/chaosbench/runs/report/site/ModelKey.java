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

    private final Hash128 hash = new Hash128();

    static String of(Object... values) {
        ModelKey key = new ModelKey();
        for (Object v : values) {
            key.add(v);
        }
        return key.hash.value();
    }

    private void add(Object value) {
        if (value == null) {
            hash.unit('n');
        } else if (value instanceof CharSequence text) {
            hash.unit('s');
            hash.text(text);
        } else if (value instanceof Record record) {
            hash.unit('r');
            hash.text(record.getClass().getName());
            for (RecordComponent c : COMPONENTS.get(record.getClass())) {
                add(component(record, c));
            }
        } else if (value instanceof Collection<?> items) {
            hash.unit('l');
            hash.number(items.size());
            items.forEach(this::add);
        } else if (value instanceof Map<?, ?> map) {
            hash.unit('m');
            hash.number(map.size());
            map.forEach((k, v) -> {
                add(k);
                add(v);
            });
        } else {
            hash.unit('v');
            hash.text(value.getClass().getName());
            hash.text(value.toString());
        }
    }

    private static Object component(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName() + "." + c.getName(), e);
        }
    }
}
