package org.sitrep.events;

import java.util.List;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.dict.WordClasses;
import org.sitrep.mentions.Mentions;

/**
 * The events stage's entry point: codes every sentence of an article ({@link Coder}, which judges each
 * candidate with {@link EventWorthiness}), dates what only the report dates by the story's day
 * ({@link StoryDay}), folds the article's repeats ({@link Repeats}) and gives each event its confidence
 * ({@link Confidence}), after typing each by ACLED's codebook from its evidence ({@link AcledTyping}). The last three run with {@link CodingOptions#worthiness()} on; folding with
 * {@link CodingOptions#fold()}.
 */
public final class EventCoder {

    private final Coder coder;
    private final CodingOptions options;
    private final VerbDictionary verbs;
    private final Discards discards;
    private final WordClasses words;
    /** Asked about the sentences events rest on, or {@code null}. */
    private final SentenceJudge judge;
    /** ACLED's types from each event's evidence, and its casualties. */
    private final AcledTyping acled;

    public EventCoder(VerbDictionary verbs, Discards discards, CodingOptions options) {
        this(verbs, discards, WordClasses.bundled(), options);
    }

    public EventCoder(VerbDictionary verbs, Discards discards, WordClasses words, CodingOptions options) {
        this(verbs, discards, words, options, null);
    }

    private EventCoder(VerbDictionary verbs, Discards discards, WordClasses words, CodingOptions options,
                       SentenceJudge judge) {
        this.coder = new Coder(verbs, discards, words, options);
        this.options = options;
        this.verbs = verbs;
        this.discards = discards;
        this.words = words;
        this.judge = judge;
        this.acled = new AcledTyping(words);
    }

    public EventCoder with(CodingOptions other) {
        return new EventCoder(verbs, discards, words, other, judge);
    }

    /**
     * The same coder with a judge of sentences: each event gets its {@link EventRecord#judgement()}
     * and, with worthiness on, a confidence that weighs it in ({@code null}: no judge).
     */
    public EventCoder withJudge(SentenceJudge judge) {
        return new EventCoder(verbs, discards, words, options, judge);
    }

    /** The judge that sees the events' sentences, or {@code null}. */
    public SentenceJudge judge() {
        return judge;
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
        return load(files, WordClasses.load(files), options);
    }

    /** With word classes already read from {@code files} (to share them with the mentions stage). */
    public static EventCoder load(DictionaryFiles files, WordClasses classes, CodingOptions options) {
        return new EventCoder(VerbDictionary.load(files), Discards.load(files), classes, options);
    }

    /** Codes like {@link #code} and adds to {@code trace} why each verb was coded as it was. */
    public List<EventRecord> code(Mentions mentions, List<String> trace) {
        List<EventRecord> all = dated(coder.code(mentions, trace), mentions);
        all = options.worthiness() ? Opponents.assign(all, mentions) : all;
        return judged(acled.apply(options.fold() ? Repeats.fold(all, options.worthiness()) : all, mentions));
    }

    /**
     * Every record, one per telling, dated but neither folded, judged nor scored: enough to know which
     * sentences tell events, at a fraction of the cost.
     */
    public List<EventRecord> tellings(Mentions mentions) {
        return dated(coder.code(mentions), mentions);
    }

    /** Every record, one per telling, before folding. */
    public List<EventRecord> codeAll(Mentions mentions) {
        List<EventRecord> all = tellings(mentions);
        return judged(acled.apply(options.worthiness() ? Opponents.assign(all, mentions) : all, mentions));
    }

    public List<EventRecord> code(Mentions mentions) {
        List<EventRecord> all = dated(coder.code(mentions), mentions);
        all = options.worthiness() ? Opponents.assign(all, mentions) : all;
        return judged(acled.apply(options.fold() ? Repeats.fold(all, options.worthiness()) : all, mentions));
    }

    /**
     * With a judge, each event gets what it made of its evidence sentence; with worthiness on, each
     * event's confidence is how likely an analyst keeps it ({@link Confidence}).
     */
    private List<EventRecord> judged(List<EventRecord> events) {
        if (judge != null && !events.isEmpty()) {
            events = Judgements.attach(judge, events);
        }
        return options.worthiness() ? Confidence.score(events) : events;
    }

    /** With worthiness on, the acts the report alone dates take the story's day ({@link StoryDay}). */
    private List<EventRecord> dated(List<EventRecord> events, Mentions mentions) {
        return options.worthiness() ? StoryDay.apply(events, mentions.doc().article().date()) : events;
    }

    /**
     * Whether the coder codes this noun as an event by itself, without a verb ("fighting",
     * "clashes", "cyber-attacks", "exercise"), or may ("war games", "the largest donor"), given its
     * lemma and its word as written. The sentence filter that asks this has no dictionaries of its own: the
     * donors are those of the word classes sitrep ships (&DONOR_NOUNS).
     */
    public static boolean isEventNoun(String lemma, String word) {
        String l = lemma.toLowerCase(java.util.Locale.ROOT);
        WordClasses bundled = WordClasses.bundled();
        return EventNouns.codeOf(bundled, l, word) != null || EventNouns.mayCode(bundled, l)
                || EventNouns.mayCode(bundled, word.toLowerCase(java.util.Locale.ROOT));
    }
}
