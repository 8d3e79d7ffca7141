package org.sitrep.eval.geo;

import java.util.List;

/** One article of an evaluation corpus with its annotated toponyms; {@code index} is its 0-based position. */
public record GoldArticle(int index, String title, String text, List<GoldToponym> toponyms) {

    public GoldArticle {
        toponyms = List.copyOf(toponyms);
    }
}
