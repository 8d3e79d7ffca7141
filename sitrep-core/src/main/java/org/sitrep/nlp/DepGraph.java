package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Navigation over one sentence's dependencies: the enhanced++ graph for relations (subjects of
 * controlled and conjoined verbs, case-marked obliques) and the basic tree for subtrees and heads.
 */
public final class DepGraph {

    private final Sentence sentence;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;
    private final int[] basicHead;
    private final String[] basicRel;
    private final List<List<Integer>> basicChildren;

    public DepGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        basicChildren = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(2));
            in.add(new ArrayList<>(1));
            basicChildren.add(new ArrayList<>(2));
        }
        for (Dependency d : sentence.enhanced()) {
            if (d.dependent() < 0 || d.dependent() >= n) {
                continue;
            }
            if (d.governor() >= 0 && d.governor() < n) {
                out.get(d.governor()).add(d);
            }
            in.get(d.dependent()).add(d);
        }
        basicHead = new int[n];
        basicRel = new String[n];
        java.util.Arrays.fill(basicHead, -1);
        java.util.Arrays.fill(basicRel, "root");
        for (Dependency d : sentence.basic()) {
            if (d.dependent() < 0 || d.dependent() >= n) {
                continue;
            }
            basicHead[d.dependent()] = d.governor();
            basicRel[d.dependent()] = d.rel();
            if (d.governor() >= 0 && d.governor() < n) {
                basicChildren.get(d.governor()).add(d.dependent());
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public Token token(int i) {
        return sentence.token(i);
    }

    public int size() {
        return sentence.size();
    }

    /** Enhanced relations going out of a token. */
    public List<Dependency> children(int i) {
        return out.get(i);
    }

    /** Enhanced relations coming into a token. */
    public List<Dependency> parents(int i) {
        return in.get(i);
    }

    /** Dependents of {@code i} whose relation (with subtype) equals {@code rel} or starts with {@code rel + ":"}. */
    public List<Integer> children(int i, String rel) {
        List<Integer> r = new ArrayList<>(2);
        for (Dependency d : out.get(i)) {
            if (matches(d.rel(), rel)) {
                r.add(d.dependent());
            }
        }
        return r;
    }

    /** The first dependent with that relation, or -1. */
    /** Whether the noun at {@code i} is owned by a possessive pronoun ("its forces", "their troops"). */
    public boolean possessedByPronoun(int i) {
        int owner = child(i, "nmod:poss");
        return owner >= 0 && token(owner).pos().equals("PRP$");
    }

    public int child(int i, String rel) {
        for (Dependency d : out.get(i)) {
            if (matches(d.rel(), rel)) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** Governors of {@code i} with that relation. */
    public List<Integer> governors(int i, String rel) {
        List<Integer> r = new ArrayList<>(1);
        for (Dependency d : in.get(i)) {
            if (d.governor() >= 0 && matches(d.rel(), rel)) {
                r.add(d.governor());
            }
        }
        return r;
    }

    public boolean hasChild(int i, String rel, String lemma) {
        for (Dependency d : out.get(i)) {
            if (matches(d.rel(), rel) && sentence.token(d.dependent()).lemma().equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String actual, String wanted) {
        return actual.equals(wanted) || actual.startsWith(wanted) && actual.length() > wanted.length()
                && actual.charAt(wanted.length()) == ':';
    }

    /** Head in the basic tree, -1 for the root. */
    public int head(int i) {
        return basicHead[i];
    }

    /** Relation to the head in the basic tree. */
    public String rel(int i) {
        return basicRel[i];
    }

    public List<Integer> basicChildren(int i) {
        return basicChildren.get(i);
    }

    /** The tokens of the basic subtree under {@code i} (including it). */
    public BitSet subtree(int i) {
        BitSet s = new BitSet(size());
        collect(i, s, null);
        return s;
    }

    /** The subtree under {@code i}, not descending into dependents whose relation is one of {@code cut}. */
    public BitSet subtree(int i, java.util.Set<String> cut) {
        BitSet s = new BitSet(size());
        collect(i, s, cut);
        return s;
    }

    private void collect(int i, BitSet s, java.util.Set<String> cut) {
        if (s.get(i)) {
            return;
        }
        s.set(i);
        for (int c : basicChildren.get(i)) {
            if (cut != null) {
                String r = basicRel[c];
                int colon = r.indexOf(':');
                if (cut.contains(r) || colon > 0 && cut.contains(r.substring(0, colon))) {
                    continue;
                }
            }
            collect(c, s, cut);
        }
    }

    /** The token of {@code [from, to)} highest in the basic tree (the span's head). */
    public int headOf(int from, int to) {
        int best = from;
        int bestDepth = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            int d = depth(i);
            if (d < bestDepth) {
                bestDepth = d;
                best = i;
            }
        }
        return best;
    }

    public int depth(int i) {
        int d = 0;
        for (int h = basicHead[i]; h >= 0 && d < size(); h = basicHead[h]) {
            d++;
        }
        return d;
    }

    /** Whether {@code a} dominates {@code b} in the basic tree (or is it). */
    public boolean dominates(int a, int b) {
        int steps = 0;
        for (int h = b; h >= 0 && steps <= size(); h = basicHead[h], steps++) {
            if (h == a) {
                return true;
            }
        }
        return false;
    }
}
