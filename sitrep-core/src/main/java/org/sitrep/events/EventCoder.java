package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.dict.WordClasses;
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
    private final WordClasses words;

    public EventCoder(VerbDictionary verbs, Discards discards, CodingOptions options) {
        this(verbs, discards, WordClasses.bundled(), options);
    }

    public EventCoder(VerbDictionary verbs, Discards discards, WordClasses words, CodingOptions options) {
        this.coder = new Coder(verbs, discards, words, options);
        this.options = options;
        this.verbs = verbs;
        this.discards = discards;
        this.words = words;
    }

    public EventCoder with(CodingOptions other) {
        return new EventCoder(verbs, discards, words, other);
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
        return new EventCoder(VerbDictionary.load(files), Discards.load(files), WordClasses.load(files), options);
    }

    /** Codes like {@link #code} and adds to {@code trace} why each verb was coded as it was. */
    public List<EventRecord> code(Mentions mentions, List<String> trace) {
        List<EventRecord> all = dated(coder.code(mentions, trace), mentions);
        return options.fold() ? fold(all, options.worthiness()) : all;
    }

    /** Every record, one per telling, before folding. */
    public List<EventRecord> codeAll(Mentions mentions) {
        return dated(coder.code(mentions), mentions);
    }

    public List<EventRecord> code(Mentions mentions) {
        List<EventRecord> all = dated(coder.code(mentions), mentions);
        return options.fold() ? fold(all, options.worthiness()) : all;
    }

    /** With worthiness on, the acts the report alone dates take the story's day ({@link StoryDay}). */
    private List<EventRecord> dated(List<EventRecord> events, Mentions mentions) {
        return options.worthiness() ? StoryDay.apply(events, mentions.doc().article().date()) : events;
    }

    static List<EventRecord> fold(List<EventRecord> records) {
        return fold(records, true);
    }

    /** Folds repeats; with {@code oneAct}, first the sides of one act into one record ({@link #oneActOneEvent}). */
    static List<EventRecord> fold(List<EventRecord> records, boolean oneAct) {
        if (oneAct) {
            records = oneActOneEvent(records);
        }
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

    /**
     * One word of one sentence tells one act, however many sides it names: the records a trigger gives
     * with one code ("Austria, Slovakia and Greece declined", "declared an emergency, with hospitals and
     * security forces on alert", "X and Y traded fire" both ways) become one, whose sides name them all.
     */
    static List<EventRecord> oneActOneEvent(List<EventRecord> records) {
        Map<String, List<EventRecord>> acts = new LinkedHashMap<>();
        for (EventRecord r : records) {
            acts.computeIfAbsent(r.evidence().sentence() + "|" + r.trigger() + "|" + r.cameo() + "|" + r.modality(),
                    k -> new ArrayList<>()).add(r);
        }
        List<EventRecord> out = new ArrayList<>();
        for (List<EventRecord> g : acts.values()) {
            EventRecord first = g.get(0);
            if (g.size() == 1) {
                out.add(first);
                continue;
            }
            List<EventRecord.Participant> sources = new ArrayList<>();
            List<EventRecord.Participant> targets = new ArrayList<>();
            for (EventRecord r : g) {
                boolean swapped = sources.stream().anyMatch(x -> same(x, r.target()))
                        && targets.stream().anyMatch(x -> same(x, r.source()));
                if (swapped) {
                    continue; // "X and Y traded fire": Y on X is X on Y told back
                }
                add(sources, r.source());
                add(targets, r.target());
            }
            targets.removeIf(t -> sources.stream().anyMatch(x -> same(x, t)) && sources.size() > 1);
            out.add(first.withSides(group(sources), group(targets)));
        }
        return out;
    }

    private static void add(List<EventRecord.Participant> list, EventRecord.Participant p) {
        if (p != null && list.stream().noneMatch(x -> same(x, p))) {
            list.add(p);
        }
    }

    private static boolean same(EventRecord.Participant a, EventRecord.Participant b) {
        return a != null && b != null && (a.id() != null ? a.id().equals(b.id()) && java.util.Objects.equals(a.cameo(), b.cameo())
                : b.id() == null && a.text().equalsIgnoreCase(b.text()));
    }

    /** Several sides as one participant: their words joined ("Austria, Slovakia and Greece"), the first's actor. */
    private static EventRecord.Participant group(List<EventRecord.Participant> sides) {
        if (sides.isEmpty()) {
            return null;
        }
        if (sides.size() == 1) {
            return sides.get(0);
        }
        List<String> texts = sides.stream().map(EventRecord.Participant::text).distinct().toList();
        String text = texts.size() == 1 ? texts.get(0)
                : String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
        EventRecord.Participant first = sides.get(0);
        return new EventRecord.Participant(text, first.id(), first.cameo(), first.kind());
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
