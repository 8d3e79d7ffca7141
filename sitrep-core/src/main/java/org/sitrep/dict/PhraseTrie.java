package org.sitrep.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word sequences to values, for longest-match look-up over the words of a sentence.
 * Built once, then read from many threads.
 */
public final class PhraseTrie<T> {

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        List<T> values;
    }

    /** A match starting at some word: how many words it covers and what they name. */
    public record Match<T>(int length, List<T> values) {
    }

    private final Node<T> root = new Node<>();
    private int size;

    public void put(List<String> words, T value) {
        if (words.isEmpty()) {
            return;
        }
        Node<T> n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(w, k -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        n.values.add(value);
        size++;
    }

    public int size() {
        return size;
    }

    /** The longest phrase starting at {@code from}, or {@code null}. */
    public Match<T> longest(List<String> words, int from) {
        Node<T> n = root;
        Match<T> best = null;
        for (int i = from; i < words.size(); i++) {
            n = n.next.get(words.get(i));
            if (n == null) {
                break;
            }
            if (n.values != null) {
                best = new Match<>(i - from + 1, n.values);
            }
        }
        return best;
    }

    /** Every phrase starting at {@code from}, shortest first. */
    public List<Match<T>> all(List<String> words, int from) {
        List<Match<T>> out = new ArrayList<>();
        Node<T> n = root;
        for (int i = from; i < words.size(); i++) {
            n = n.next.get(words.get(i));
            if (n == null) {
                break;
            }
            if (n.values != null) {
                out.add(new Match<>(i - from + 1, n.values));
            }
        }
        return out;
    }

    /** Whether some phrase starts with this word. */
    public boolean startsWith(String word) {
        return root.next.containsKey(word);
    }
}
