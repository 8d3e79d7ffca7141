package org.sitrep.mentions;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.geo.Toponym;
import org.sitrep.nlp.AnnotatedDoc;

/**
 * The mentions stage's output: an annotated article with the actors, places and quotes in it.
 *
 * @param doc    the article and its sentences
 * @param actors actor mentions, in text order, references resolved
 * @param places place names, in text order
 * @param quotes quoted speech with its speakers
 */
public record Mentions(AnnotatedDoc doc, List<ActorMention> actors, List<Toponym> places, List<Quote> quotes) {

    public Mentions {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
    }

    public List<ActorMention> actorsIn(int sentence) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : actors) {
            if (m.sentence() == sentence) {
                out.add(m);
            }
        }
        return out;
    }

    public List<Toponym> placesIn(int sentence) {
        List<Toponym> out = new ArrayList<>();
        for (Toponym t : places) {
            if (t.span().sentence() == sentence) {
                out.add(t);
            }
        }
        return out;
    }

    /** The innermost quote holding this character offset, or {@code null}. */
    public Quote quoteAt(int offset) {
        Quote best = null;
        for (Quote q : quotes) {
            if (q.contains(offset) && (best == null || q.end() - q.start() < best.end() - best.start())) {
                best = q;
            }
        }
        return best;
    }
}
