package cn.tianshan.publicweb;

import java.util.Arrays;

/**
 * Where each copied page lies in the copy log, and which pages show each tag: two open-addressing tables of primitives,
 * under 50 bytes a page, so a million copied pages cost some 50 MB of heap where boxed maps would take over 150 MB.
 * Keys and tags are held by 32-bit hashes. Two keys with one hash share a slot (the later copy wins; the earlier is
 * read from the database, its copy's own key is checked on every read); two tags with one hash forget each other's
 * pages too, which only costs a read from the database. Not thread-safe: {@link KeptPageCopies} holds its lock.
 */
final class CopyIndex {

    private static final int FREE = 0;

    /** key hash → location, one entry a key */
    private final Table locations = new Table();
    /** tag hash → key hash, one entry a pair */
    private final Table pages = new Table();

    static int hash(String value) {
        int h = value.hashCode();
        return h == FREE ? 1 : h;
    }

    int size() {
        return locations.size;
    }

    /** The location of the page under {@code key}, or -1. */
    long locate(int key) {
        int slot = locations.find(key);
        return slot < 0 ? -1 : locations.values[slot];
    }

    /** Records where the page under {@code key} now lies; gives where its previous copy lay, or -1. */
    long put(int key, long location, int[] tags) {
        for (int tag : tags) {
            if (pages.find(tag, key) < 0) {
                pages.add(tag, key);
            }
        }
        int slot = locations.find(key);
        if (slot >= 0) {
            long previous = locations.values[slot];
            locations.values[slot] = location;
            return previous;
        }
        locations.add(key, location);
        return -1;
    }

    /** Forgets the page under {@code key}; gives where it lay, or -1. */
    long remove(int key) {
        int slot = locations.find(key);
        if (slot < 0) {
            return -1;
        }
        long location = locations.values[slot];
        locations.removeAt(slot);
        return location;
    }

    /** Forgets which pages show {@code tag}; gives their keys (pages since forgotten or copied again included). */
    int[] removeTag(int tag) {
        int[] found = new int[4];
        int count = 0;
        for (int slot = pages.find(tag); slot >= 0; slot = pages.find(tag)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = (int) pages.values[slot];
            pages.removeAt(slot);
        }
        return Arrays.copyOf(found, count);
    }

    void clear() {
        locations.clear();
        pages.clear();
    }

    /** Open addressing with linear probing: int hashes, a long beside each; one hash may occur more than once. */
    private static final class Table {
        int[] hashes;
        long[] values;
        int size;

        Table() {
            clear();
        }

        void clear() {
            hashes = new int[1024];
            values = new long[1024];
            size = 0;
        }

        /** The first slot holding {@code hash}, or -1. */
        int find(int hash) {
            int mask = hashes.length - 1;
            for (int i = home(hash, mask); hashes[i] != FREE; i = (i + 1) & mask) {
                if (hashes[i] == hash) {
                    return i;
                }
            }
            return -1;
        }

        /** The slot holding {@code hash} beside {@code value}, or -1. */
        int find(int hash, long value) {
            int mask = hashes.length - 1;
            for (int i = home(hash, mask); hashes[i] != FREE; i = (i + 1) & mask) {
                if (hashes[i] == hash && values[i] == value) {
                    return i;
                }
            }
            return -1;
        }

        void add(int hash, long value) {
            if ((size + 1) * 4 > hashes.length * 3) {
                int[] oldHashes = hashes;
                long[] oldValues = values;
                hashes = new int[oldHashes.length * 2];
                values = new long[oldHashes.length * 2];
                for (int k = 0; k < oldHashes.length; k++) {
                    if (oldHashes[k] != FREE) {
                        place(oldHashes[k], oldValues[k]);
                    }
                }
            }
            place(hash, value);
            size++;
        }

        private void place(int hash, long value) {
            int mask = hashes.length - 1;
            int i = home(hash, mask);
            while (hashes[i] != FREE) {
                i = (i + 1) & mask;
            }
            hashes[i] = hash;
            values[i] = value;
        }

        /** Linear probing's deletion: entries further along the run move back so that no lookup stops early. */
        void removeAt(int slot) {
            int mask = hashes.length - 1;
            int hole = slot;
            for (int j = (hole + 1) & mask; hashes[j] != FREE; j = (j + 1) & mask) {
                int home = home(hashes[j], mask);
                boolean movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
                if (movable) {
                    hashes[hole] = hashes[j];
                    values[hole] = values[j];
                    hole = j;
                }
            }
            hashes[hole] = FREE;
            values[hole] = 0;
            size--;
        }

        private static int home(int hash, int mask) {
            int h = hash * 0x9E3779B9;
            return (h ^ (h >>> 16)) & mask;
        }
    }
}
