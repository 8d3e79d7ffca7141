package org.sitrep.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers to event queries, kept until the store changes: a write through this server clears them
 * at once; with a store that others may write to (PostgreSQL) an answer is also kept only for a
 * few seconds. Least recently used answers go first beyond a total size.
 */
final class ResponseCache {

    private record Entry(byte[] body, long generation, long storedAt) {
    }

    private final long maxBytes;
    private final long ttlNanos;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long generation;

    /**
     * @param maxBytes  the most bytes kept
     * @param ttlMillis how long an answer is kept, 0 for as long as no write is seen
     */
    ResponseCache(long maxBytes, long ttlMillis) {
        this.maxBytes = maxBytes;
        this.ttlNanos = ttlMillis * 1_000_000L;
    }

    /** The key of a request: its route and its parameters in a fixed order. */
    static String key(String route, Map<String, List<String>> params) {
        return route + "?" + new TreeMap<>(params);
    }

    synchronized byte[] get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (e.generation != generation || ttlNanos > 0 && System.nanoTime() - e.storedAt > ttlNanos) {
            remove(key);
            return null;
        }
        return e.body;
    }

    /** The generation an answer being computed belongs to (read before asking the store). */
    synchronized long generation() {
        return generation;
    }

    synchronized void put(String key, byte[] body, long computedIn) {
        if (computedIn != generation || body.length > maxBytes / 4) {
            return; // the store changed meanwhile, or too large to keep
        }
        remove(key);
        entries.put(key, new Entry(body, computedIn, System.nanoTime()));
        bytes += body.length;
        var it = entries.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            bytes -= it.next().getValue().body.length;
            it.remove();
        }
    }

    /** The store changed: forget every answer. */
    synchronized void clear() {
        generation++;
        entries.clear();
        bytes = 0;
    }

    private void remove(String key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.body.length;
        }
    }
}
