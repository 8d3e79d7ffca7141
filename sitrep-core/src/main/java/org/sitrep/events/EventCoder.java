package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.mentions.Mentions;

/**
 * The events stage's entry point: codes every sentence of an article and folds the records that
 * tell the same event twice in one article (the same actors, kind of act, place and day) into one,
 * keeping the best-supported telling as evidence and the others as support.
 */
public final class EventCoder {

    private final Coder coder;
    private final CodingOptions options;
    private final VerbDictionary verbs;
    private final Discards discards;

    public EventCoder(VerbDictionary verbs, Discards discards, CodingOptions options) {
        this.coder = new Coder(verbs, discards, options);
        this.options = options;
        this.verbs = verbs;
        this.discards = discards;
    }

    public EventCoder with(CodingOptions other) {
        return new EventCoder(verbs, discards, other);
    }

    public CodingOptions options() {
        return options;
    }

    /**
     * Why a text is not coded, or {@code null}: a story discard phrase ("story: TYPHOON") or a
     * sentence discard phrase ("sentence: BASEBALL") found in it.
     */
    public String discardReason(String text) {
        String story = discards.storyDiscard(text);
        if (story != null) {
            return "story: " + story;
        }
        String sentence = discards.sentenceDiscard(text);
        return sentence == null ? null : "sentence: " + sentence;
    }

    public static EventCoder load(DictionaryFiles files) {
        return load(files, CodingOptions.NEWS);
    }

    public static EventCoder load(DictionaryFiles files, CodingOptions options) {
        return new EventCoder(VerbDictionary.load(files), Discards.load(files), options);
    }

    /** Codes like {@link #code} and adds to {@code trace} why each verb was coded as it was. */
    public List<EventRecord> code(Mentions mentions, List<String> trace) {
        List<EventRecord> all = coder.code(mentions, trace);
        return options.fold() ? fold(all) : all;
    }

    /** Every record, one per telling, before folding. */
    public List<EventRecord> codeAll(Mentions mentions) {
        return coder.code(mentions);
    }

    public List<EventRecord> code(Mentions mentions) {
        List<EventRecord> all = coder.code(mentions);
        return options.fold() ? fold(all) : all;
    }

    static List<EventRecord> fold(List<EventRecord> records) {
        Map<String, List<EventRecord>> groups = new LinkedHashMap<>();
        for (EventRecord r : records) {
            groups.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        }
        List<EventRecord> out = new ArrayList<>();
        for (List<EventRecord> g : groups.values()) {
            EventRecord best = g.stream().max(Comparator.comparingDouble(EventRecord::confidence)
                    .thenComparing(r -> -r.evidence().sentence())).orElseThrow();
            List<EventRecord.Evidence> support = new ArrayList<>();
            for (EventRecord r : g) {
                if (r != best && r.evidence().sentence() != best.evidence().sentence()
                        && support.stream().noneMatch(e -> e.sentence() == r.evidence().sentence())) {
                    support.add(r.evidence());
                }
            }
            EventRecord folded = support.isEmpty() ? best : best.withSupport(support);
            if (best.attribution().speaker() == null) {
                // told in the outlet's voice here and by a speaker elsewhere: name the speaker
                for (EventRecord r : g) {
                    if (r.attribution().speaker() != null) {
                        folded = folded.withSpeaker(r.attribution().speaker());
                        break;
                    }
                }
            }
            out.add(folded);
        }
        out.sort(Comparator.comparingInt((EventRecord r) -> r.evidence().sentence()).thenComparing(EventRecord::cameo));
        return out;
    }

    private static String key(EventRecord r) {
        return String.join("|", r.cameo(), who(r.source()), who(r.target()),
                r.place() == null ? "-" : Objects.toString(r.place().geonameid(), r.place().name()),
                Objects.toString(r.date(), "-"), r.modality().name());
    }

    private static String who(EventRecord.Participant p) {
        if (p == null) {
            return "-";
        }
        return p.id() != null ? p.id() : p.text().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the coder codes this noun as an event by itself, without a verb ("fighting",
     * "clashes", "cyber-attacks", "exercise"), or may ("war games", "the largest donor"), given its
     * lemma and its word as written.
     */
    public static boolean isEventNoun(String lemma, String word) {
        String l = lemma.toLowerCase(java.util.Locale.ROOT);
        return Coder.nominalCode(l, word) != null || Coder.mayCodeNoun(l)
                || Coder.mayCodeNoun(word.toLowerCase(java.util.Locale.ROOT));
    }
}
