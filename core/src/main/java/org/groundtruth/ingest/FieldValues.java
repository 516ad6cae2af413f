package org.groundtruth.ingest;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A row's raw fields as an immutable map in column order, held as two arrays: the column names (shared by every
 * row of a file) and this row's values. Importers make one per row; {@link ImportedRecord} keeps it as it is
 * instead of copying it into a new map, which matters at a million rows. Lookups by name scan the columns.
 */
public final class FieldValues extends AbstractMap<String, String> {
    private final Columns columns;
    private final String[] values;

    private FieldValues(Columns columns, String[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** Column names, checked once and shared by all the rows of a file. */
    public static final class Columns {
        private final String[] names;

        private Columns(String[] names) {
            this.names = names;
        }

        public static Columns of(List<String> names) {
            String[] n = names.toArray(String[]::new);
            for (String s : n) Objects.requireNonNull(s, "column name");
            if (names.stream().distinct().count() != n.length) throw new IllegalArgumentException("duplicate column names " + names);
            return new Columns(n);
        }

        public int size() {
            return names.length;
        }

        /** The name of column {@code i}. */
        public String name(int i) {
            return names[i];
        }

        /** The row's fields; values are copied, null means absent. Missing trailing values are null. */
        public FieldValues row(String... values) {
            return new FieldValues(this, Arrays.copyOf(values, names.length));
        }
    }

    /** The column names this row shares with the other rows of its file. */
    public Columns columns() {
        return columns;
    }

    /** The value of column {@code i}, null when absent. */
    public String valueAt(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public String get(Object key) {
        String[] names = columns.names;
        for (int i = 0; i < names.length; i++) if (names[i].equals(key)) return values[i];
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (String n : columns.names) if (n.equals(key)) return true;
        return false;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < values.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (i >= values.length) throw new NoSuchElementException();
                        int k = i++;
                        return new SimpleImmutableEntry<>(columns.names[k], values[k]);
                    }
                };
            }
        };
    }
}
