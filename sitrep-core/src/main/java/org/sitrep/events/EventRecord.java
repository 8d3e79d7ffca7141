package org.sitrep.events;

import java.time.LocalDate;
import java.util.List;

/**
 * One coded event as one article tells it: who did what to whom, where, when, according to whom,
 * and the words it rests on. Unknown values are {@code null}.
 *
 * @param id             stable identifier (article, sentence, trigger, code)
 * @param doc            the article's id
 * @param date           the day it happened, as far as the text says
 * @param datePrecision  {@code day}, {@code week}, {@code month}, {@code year}
 * @param dateBasis      {@code text} (a date in the sentence or its report), {@code report} (the article's date)
 * @param cameo          CAMEO event code
 * @param plover         PLOVER type and mode
 * @param acled          ACLED event type and sub-type, {@code null} for what ACLED does not code
 * @param source         who acts
 * @param target         who is acted on
 * @param place          where, a literal place only
 * @param modality       asserted, claimed, future, denied
 * @param attribution    who says so
 * @param evidence       the sentence it rests on
 * @param support        other sentences of the same article that tell the same event
 * @param trigger        the word that carries the event ("withdrawn", "fighting")
 * @param confidence     how likely the event is one a careful analyst keeps, 0..1
 * @param coderConfidence the coder's own estimate, from what it found in the sentence alone (the
 *                       confidence before the worthiness stage judged it), 0..1
 * @param judgement      what the learned judge made of the evidence sentence, {@code null} when no judge ran
 * @param fatalities     the number the text reports killed in the event (the lowest figure given, 0 when it says
 *                       no one died), {@code null} when it does not say
 * @param injured        the number the text reports injured, kept apart from the dead, {@code null} when it does not say
 */
public record EventRecord(String id, String doc, LocalDate date, String datePrecision, String dateBasis,
                          String cameo, Plover plover, Acled acled, Participant source, Participant target,
                          PlaceRef place, Modality modality, Attribution attribution, Evidence evidence,
                          List<Evidence> support, String trigger, double confidence, double coderConfidence,
                          Judgement judgement, Integer fatalities, Integer injured) {

    /**
     * The confidence below which an event is not shown unless asked for: {@code sitrep code}, {@code events},
     * {@code export} and the API's event queries apply it by default (the store keeps every event). Chosen so
     * that the article of the README's example keeps all its events; on the news set's check half, events at
     * or above it are right about one time in three (README, "confidence").
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.15;


    public EventRecord {
        support = support == null ? List.of() : List.copyOf(support);
    }

    /** A record whose casualties are not known. */
    public EventRecord(String id, String doc, LocalDate date, String datePrecision, String dateBasis,
                       String cameo, Plover plover, Acled acled, Participant source, Participant target,
                       PlaceRef place, Modality modality, Attribution attribution, Evidence evidence,
                       List<Evidence> support, String trigger, double confidence, double coderConfidence,
                       Judgement judgement) {
        this(id, doc, date, datePrecision, dateBasis, cameo, plover, acled, source, target, place, modality, attribution,
                evidence, support, trigger, confidence, coderConfidence, judgement, null, null);
    }

    /** A record no judge has seen. */
    public EventRecord(String id, String doc, LocalDate date, String datePrecision, String dateBasis,
                       String cameo, Plover plover, Acled acled, Participant source, Participant target,
                       PlaceRef place, Modality modality, Attribution attribution, Evidence evidence,
                       List<Evidence> support, String trigger, double confidence, double coderConfidence) {
        this(id, doc, date, datePrecision, dateBasis, cameo, plover, acled, source, target, place, modality, attribution,
                evidence, support, trigger, confidence, coderConfidence, null);
    }

    /** A record whose confidence is the coder's own estimate. */
    public EventRecord(String id, String doc, LocalDate date, String datePrecision, String dateBasis,
                       String cameo, Plover plover, Acled acled, Participant source, Participant target,
                       PlaceRef place, Modality modality, Attribution attribution, Evidence evidence,
                       List<Evidence> support, String trigger, double confidence) {
        this(id, doc, date, datePrecision, dateBasis, cameo, plover, acled, source, target, place, modality, attribution,
                evidence, support, trigger, confidence, confidence);
    }

    public EventRecord withSupport(List<Evidence> more) {
        return new EventRecord(id, doc, date, datePrecision, dateBasis, cameo, plover, acled, source, target, place,
                modality, attribution, evidence, more, trigger, confidence, coderConfidence, judgement, fatalities, injured);
    }

    public EventRecord withSpeaker(String speaker) {
        return new EventRecord(id, doc, date, datePrecision, dateBasis, cameo, plover, acled, source, target, place,
                modality, new Attribution(speaker, attribution.outlet(), attribution.cited()), evidence, support,
                trigger, confidence, coderConfidence, judgement, fatalities, injured);
    }

    public EventRecord withModality(Modality m) {
        return new EventRecord(id, doc, date, datePrecision, dateBasis, cameo, plover, acled, source, target, place,
                m, attribution, evidence, support, trigger, confidence, coderConfidence, judgement, fatalities, injured);
    }

    /** The same act with other sides (its ACLED type follows them). */
    public EventRecord withSides(Participant s, Participant t) {
        return new EventRecord(id, doc, date, datePrecision, dateBasis, cameo, plover,
                CameoTypes.acled(cameo, s == null ? null : s.kind(), t == null ? null : t.kind()), s, t, place,
                modality, attribution, evidence, support, trigger, confidence, coderConfidence, judgement, fatalities, injured);
    }

    public EventRecord withDate(LocalDate d, String precision, String basis) {
        return new EventRecord(id, doc, d, precision, basis, cameo, plover, acled, source, target, place,
                modality, attribution, evidence, support, trigger, confidence, coderConfidence, judgement, fatalities, injured);
    }

    public EventRecord withPlace(PlaceRef p) {
        return new EventRecord(id, doc, date, datePrecision, dateBasis, cameo, plover, acled, source, target, p,
                modality, attribution, evidence, support, trigger, confidence, coderConfidence, judgement, fatalities, injured);
    }

    public EventRecord withConfidence(double c) {
        return new EventRecord(id, doc, date, datePrecision, dateBasis, cameo, plover, acled, source, target, place,
                modality, attribution, evidence, support, trigger, c, coderConfidence, judgement, fatalities, injured);
    }

    public EventRecord withJudgement(Judgement j) {
        return new EventRecord(id, doc, date, datePrecision, dateBasis, cameo, plover, acled, source, target, place,
                modality, attribution, evidence, support, trigger, confidence, coderConfidence, j, fatalities, injured);
    }

    /** The same event with its ACLED type (and CAMEO code, PLOVER type) decided from its evidence. */
    public EventRecord withTypes(String code, Plover p, Acled a) {
        return new EventRecord(id, doc, date, datePrecision, dateBasis, code, p, a, source, target, place,
                modality, attribution, evidence, support, trigger, confidence, coderConfidence, judgement, fatalities, injured);
    }

    /** The same event with the numbers its text reports killed and injured ({@code null}: not said). */
    public EventRecord withCasualties(Integer dead, Integer hurt) {
        return new EventRecord(id, doc, date, datePrecision, dateBasis, cameo, plover, acled, source, target, place,
                modality, attribution, evidence, support, trigger, confidence, coderConfidence, judgement, dead, hurt);
    }

    /** CAMEO's quad class of the code: 0 for 01–02, 1 for 03–05, 2 for 06–08, 3 for 09–13, 4 for 14–20; else {@code null}. */
    public Integer quad() {
        return CameoTypes.quad(cameo);
    }

    /** Whether the act is violence against people or things (CAMEO 18–20: assault, fight, mass violence). */
    public boolean violent() {
        String r = root();
        return "18".equals(r) || "19".equals(r) || "20".equals(r);
    }

    /** The two-digit CAMEO root ("19" for "193"). */
    public String root() {
        return cameo == null || cameo.length() < 2 ? cameo : cameo.substring(0, 2);
    }

    /**
     * What the learned judge made of the evidence sentence: the CAMEO quad class it finds most likely,
     * that class's probability, the probability of the class of the event's own code, and the
     * probabilities of the five classes (empty when not kept).
     */
    public record Judgement(int quad, double probability, double codedProbability, List<Double> probabilities) {

        public Judgement {
            probabilities = probabilities == null ? List.of() : List.copyOf(probabilities);
        }

        public Judgement(int quad, double probability, double codedProbability) {
            this(quad, probability, codedProbability, List.of());
        }

        /** Whether the judge's most likely class is the code's. */
        public boolean agrees(Integer codedQuad) {
            return codedQuad != null && codedQuad == quad;
        }
    }

    /** A participant: the words and the actor they name. */
    public record Participant(String text, String id, String cameo, String kind) {
    }

    /**
     * A place where the event happened; {@code id} is its stable id (the GeoNames id, else the GeoNames code of
     * a country or division: {@code CN}, {@code SY.10}), {@code null} when unknown.
     */
    public record PlaceRef(String text, Long geonameid, String name, double lat, double lon, String country,
                           String admin1, String precision, String id) {

        /** A place whose id is its GeoNames id (or none). */
        public PlaceRef(String text, Long geonameid, String name, double lat, double lon, String country,
                        String admin1, String precision) {
            this(text, geonameid, name, lat, lon, country, admin1, precision,
                    geonameid == null ? null : geonameid.toString());
        }
    }

    /** Who reports the event: the speaker in the text, the outlet, the agencies it cites. */
    public record Attribution(String speaker, String outlet, List<String> cited) {
        public Attribution {
            cited = cited == null ? List.of() : List.copyOf(cited);
        }
    }

    /** The words an event rests on: a sentence of an article, with character offsets into its text. */
    public record Evidence(String doc, int sentence, int start, int end, String text) {
    }

    /** A PLOVER event type and mode ({@code RETREAT}, {@code withdraw}). */
    public record Plover(String type, String mode) {
    }

    /** An ACLED event type and sub-event type. */
    public record Acled(String eventType, String subEventType) {
    }
}
