package org.sitrep.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.geo.Place;
import org.sitrep.ingest.Article;
import org.sitrep.mentions.Actor;
import org.sitrep.mentions.ActorMention;
import org.sitrep.nlp.Sentence;

/**
 * The records the coder emits for an event it has coded: one per pair of source and target codes (a
 * code such as "FRO/BIL/SAM" stands for several actors), each with its id, date, place, modality,
 * speaker, evidence and confidence.
 */
final class Records {

    /** The kind of a target that is a place or a facility no dictionary knows as an actor ("the city of Aleppo"). */
    static final String PLACE = "place";

    private Records() {
    }

    /**
     * Whether a mention's head is a place name, a settlement or a facility ("the city of Aleppo", "the outpost"),
     * not one of civilian life (&CIVILIAN_OBJECTS: "a hospital", "a market").
     */
    private static boolean territoryHead(SentenceView v, ActorMention m) {
        org.sitrep.nlp.Token h = v.sentence.token(m.head());
        return (v.placeAt(m.head()) != null || v.classes.has("FACILITIES", h.lemma())
                || v.classes.has("SETTLEMENT_NOUNS", h.lemma())) && !v.classes.has("CIVILIAN_OBJECTS", h.lemma());
    }

    /** One record per pair of codes, a code such as "FRO/BIL/SAM" standing for several actors. */
    static void emit(SentenceView v, int trigger, String cameo, ActorMention src, ActorMention tgt, EventPlaces.Placed where,
                     Clauses.Clause c, double conf, List<EventRecord> out) {
        List<EventRecord.Participant> targets = tgt != null && tgt.actor().id() == null && tgt.actor().cameo() == null
                && territoryHead(v, tgt) ? List.of(new EventRecord.Participant(tgt.text(), null, null, PLACE))
                : alternatives(tgt);
        for (EventRecord.Participant s : alternatives(src)) {
            for (EventRecord.Participant t : targets) {
                out.add(record(v, trigger, cameo, s, t, where, c, conf));
            }
        }
    }

    /** The participants a mention stands for: one per code of a code such as "FRO/BIL/SAM". */
    private static List<EventRecord.Participant> alternatives(ActorMention m) {
        if (m == null) {
            return java.util.Collections.singletonList(null);
        }
        String code = m.actor().cameo();
        if (code == null || code.indexOf('/') < 0) {
            return List.of(participant(m));
        }
        List<EventRecord.Participant> out = new ArrayList<>();
        for (String alt : code.split("/")) {
            out.add(new EventRecord.Participant(m.text(), m.actor().id(), alt, Actor.kindOf(alt)));
        }
        return out;
    }

    /**
     * The record of one coded event: its id (a digest of the article, sentence, trigger, code and
     * actors), the clause's date, modality and speaker, the place, the evidence and the confidence,
     * kept between 0.05 and 0.95.
     */
    private static EventRecord record(SentenceView v, int trigger, String cameo, EventRecord.Participant source,
                                      EventRecord.Participant target, EventPlaces.Placed where, Clauses.Clause c,
                                      double confidence) {
        Article a = v.mentions.doc().article();
        Sentence s = v.sentence;
        EventRecord.PlaceRef place = null;
        if (where != null) {
            Place p = where.toponym().place();
            place = new EventRecord.PlaceRef(where.text(), p.geonameId(), EventPlaces.nameOf(where.toponym()), p.lat(), p.lon(),
                    p.country(), p.admin1(), p.precision(), p.id());
        }
        String id = id(a.id(), s.index(), trigger, cameo, source == null ? null : source.id() + source.cameo(),
                target == null ? null : target.id() + target.cameo());
        EventRecord.Evidence ev = new EventRecord.Evidence(a.id(), s.index(), s.start(), s.end(), s.text());
        EventRecord.Attribution att = new EventRecord.Attribution(c.speaker, a.outlet(), a.cited());
        return new EventRecord(id, a.id(), "past".equals(c.basis) ? null : c.date,
                "past".equals(c.basis) ? null : c.precision, "past".equals(c.basis) ? null : c.basis, cameo,
                CameoTypes.plover(cameo), CameoTypes.acled(cameo, source == null ? null : source.kind(),
                target == null ? null : target.kind()), source, target, place, c.modality, att, ev, List.of(),
                s.token(trigger).word(), Math.max(0.05, Math.min(0.95, Math.round(confidence * 100) / 100.0)));
    }

    private static EventRecord.Participant participant(ActorMention m) {
        if (m == null) {
            return null;
        }
        return new EventRecord.Participant(m.text(), m.actor().id(), m.actor().cameo(), m.actor().kind());
    }

    /** A short stable id: the first 8 bytes of the SHA-256 digest of the parts, in hex. */
    static String id(Object... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) {
                md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
