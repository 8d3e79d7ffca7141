package org.sitrep.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.geo.Place;
import org.sitrep.geo.Toponym;
import org.sitrep.geo.ToponymUse;
import org.sitrep.mentions.ToponymFinder;
import org.sitrep.nlp.DepGraph;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenSpan;

/**
 * A stand-in place finder for tests of the stages after it: knows a handful of one-word places,
 * calls a capital after "loyal to" or as the subject of "said" metonymic, and "Syrian" a demonym.
 * The real geoparser has its own tests.
 */
public final class FakePlaces implements ToponymFinder {

    public static final Place HAMA = new Place(170017L, "Hama", 35.13179, 36.75783, "SY", "Hama Governorate", "P", "PPLA", 696863);
    public static final Place DAMASCUS = new Place(170654L, "Damascus", 33.5102, 36.29128, "SY", "Damascus Governorate", "P", "PPLC", 1569394);
    public static final Place ALEPPO = new Place(170063L, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo Governorate", "P", "PPLA", 1602264);
    public static final Place SYRIA = new Place(163843L, "Syria", 35.0, 38.0, "SY", null, "A", "PCLI", 22198110);

    private static final Map<String, Place> KNOWN = Map.of("Hama", HAMA, "Damascus", DAMASCUS, "Aleppo", ALEPPO, "Syria", SYRIA);

    @Override
    public List<Toponym> find(org.sitrep.nlp.AnnotatedDoc doc, java.util.Collection<TokenSpan> reserved) {
        List<Toponym> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            DepGraph g = new DepGraph(s);
            for (Token t : s.tokens()) {
                TokenSpan span = new TokenSpan(s.index(), t.index(), t.index() + 1);
                if (reserved.stream().anyMatch(r -> r.overlaps(span))) {
                    continue;
                }
                if (t.word().equals("Syrian")) {
                    out.add(new Toponym(span, t.start(), t.end(), t.word(), ToponymUse.DEMONYM, SYRIA, 0.9));
                    continue;
                }
                Place p = KNOWN.get(t.word());
                if (p == null) {
                    continue;
                }
                boolean metonym = g.parents(t.index()).stream().anyMatch(d ->
                        d.rel().equals("obl:to") && s.token(d.governor()).lemma().equals("loyal")
                                || d.rel().equals("nsubj") && s.token(d.governor()).lemma().equals("say"));
                out.add(new Toponym(span, t.start(), t.end(), t.word(), metonym ? ToponymUse.METONYMIC : ToponymUse.LITERAL, p, 0.9));
            }
        }
        return out;
    }
}
