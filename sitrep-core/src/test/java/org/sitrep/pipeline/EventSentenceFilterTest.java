package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.events.VerbDictionary;
import org.sitrep.pipeline.EventSentenceFilter.Verdict;

class EventSentenceFilterTest {

    static EventSentenceFilter filter;

    @BeforeAll
    static void load() {
        DictionaryFiles files = DictionaryFiles.bundled();
        filter = new EventSentenceFilter(ActorDictionary.load(files), VerbDictionary.load(files));
    }

    private static List<String> words(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }

    @Test
    void anActorAndAVerbTheDictionaryListsAreKept() {
        assertThat(filter.test(words("Comissaria Smith said in its weekly review ."))).isEqualTo(Verdict.KEEP);
        // a regular inflection the dictionary does not list, found through the lemmatiser
        assertThat(filter.test(words("Egypt praised Jordan ."))).isEqualTo(Verdict.KEEP);
        // "accord" may be a verb whose block codes a military act when a force is named near it
        assertThat(filter.test(words("Egypt praised the accord ."))).isEqualTo(Verdict.KEEP_CONFLICT);
    }

    @Test
    void conflictVerbsAndEventNounsNeedNoActor() {
        assertThat(filter.test(words("Fighting continued throughout the week ."))).isEqualTo(Verdict.KEEP_CONFLICT);
        assertThat(filter.test(words("two people were killed near the border ."))).isEqualTo(Verdict.KEEP_CONFLICT);
        // an irregular past the lemmatiser knows
        assertThat(filter.test(words("they fought for days ."))).isEqualTo(Verdict.KEEP_CONFLICT);
        assertThat(filter.test(words("the clashes left the town empty ."))).isEqualTo(Verdict.KEEP_CONFLICT);
    }

    @Test
    void sentencesWithoutATriggerOrWithoutAnActorAreSkipped() {
        assertThat(filter.test(words("Coffee prices were steady ."))).isEqualTo(Verdict.NO_TRIGGER);
        // "were" is a trigger only in "were determined" (an entry of several words)
        assertThat(filter.test(words("Iran is determined to win ."))).isEqualTo(Verdict.KEEP);
        // "trading" may be a verb the dictionary codes; with tags it is a noun
        assertThat(filter.test(words("Coffee prices were steady in quiet trading ."))).isEqualTo(Verdict.KEEP);
        assertThat(filter.test(words("Coffee prices were steady in quiet trading ."),
                List.of("NN", "NNS", "VBD", "JJ", "IN", "JJ", "NN", "."),
                List.of("coffee", "price", "be", "steady", "in", "quiet", "trading", "."))).isEqualTo(Verdict.NO_TRIGGER);
        assertThat(filter.test(words("155,221 bags of 60 kilos ."))).isEqualTo(Verdict.NO_TRIGGER);
        assertThat(filter.test(words("the dealer said demand was light ."))).isEqualTo(Verdict.NO_ACTOR);
    }

    @Test
    void whatMayNameAnActorIsReadConservatively() {
        // a pronoun the mentions stage resolves, an agent of the dictionaries, a name no dictionary knows
        assertThat(filter.test(words("it said demand was light ."))).isEqualTo(Verdict.KEEP);
        assertThat(filter.test(words("the police said demand was light ."))).isEqualTo(Verdict.KEEP);
        assertThat(filter.test(words("the dealer told Jones that demand was light ."))).isEqualTo(Verdict.KEEP);
        // a capital at the start of the sentence names someone unless the word is a function word
        assertThat(filter.test(words("Dealers said demand was light ."))).isEqualTo(Verdict.KEEP);
        assertThat(filter.test(words("The dealer said demand was light ."))).isEqualTo(Verdict.NO_ACTOR);
    }

    @Test
    void withTagsATriggerMustBeTaggedAsTheCoderReadsIt() {
        List<String> w = words("The talks on aid ended .");
        List<String> lemmas = List.of("the", "talk", "on", "aid", "end", ".");
        assertThat(filter.test(w, List.of("DT", "NNS", "IN", "NN", "VBD", "."), lemmas)).isEqualTo(Verdict.NO_ACTOR);
        assertThat(filter.test(words("Egypt 's talks on aid ."),
                List.of("NNP", "POS", "NNS", "IN", "NN", "."), List.of("egypt", "'s", "talk", "on", "aid", ".")))
                .isEqualTo(Verdict.NO_TRIGGER);
        assertThat(filter.test(words("Egypt talks to Israel ."),
                List.of("NNP", "VBZ", "TO", "NNP", "."), List.of("egypt", "talk", "to", "israel", ".")))
                .isEqualTo(Verdict.KEEP);
        // an event noun is a trigger as a noun, and as a gerund
        assertThat(filter.test(words("heavy fighting ."), List.of("JJ", "NN", "."), List.of("heavy", "fighting", ".")))
                .isEqualTo(Verdict.KEEP_CONFLICT);
    }

    @Test
    void everyNounTheCoderCodesByItselfIsATrigger() {
        // the filter asks the coder which nouns are events: exercises, and compounds by their last part
        assertThat(filter.test(words("the first such exercise in Europe ."), List.of("DT", "JJ", "JJ", "NN", "IN", "NNP", "."),
                List.of("the", "first", "such", "exercise", "in", "europe", "."))).isEqualTo(Verdict.KEEP_CONFLICT);
        assertThat(filter.test(words("officials had launched cyber-attacks ."), List.of("NNS", "VBD", "VBN", "NNS", "."),
                List.of("official", "have", "launch", "cyber-attack", "."))).isEqualTo(Verdict.KEEP_CONFLICT);
        assertThat(filter.test(words("officials had launched products ."), List.of("NNS", "VBD", "VBN", "NNS", "."),
                List.of("official", "have", "launch", "product", "."))).isNotEqualTo(Verdict.KEEP_CONFLICT);
    }

    @Test
    void aPhraseVerbWhoseHeadIsTaggedAsANounIsATrigger() {
        VerbDictionary verbs = new VerbDictionary();
        verbs.add(new java.io.ByteArrayInputStream("--- SPY [1711] ---\nWIRE_+TAP {WIRE_+TAPPED}\n- WILL NOT * [081]\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test");
        EventSentenceFilter f = new EventSentenceFilter(ActorDictionary.load(DictionaryFiles.bundled()), verbs);
        List<String> w = words("Soldiers will not wire tap the links .");
        List<String> lemmas = List.of("soldier", "will", "not", "wire", "tap", "the", "link", ".");
        assertThat(f.test(w, List.of("NNS", "MD", "RB", "VB", "NN", "DT", "NNS", "."), lemmas)).isEqualTo(Verdict.KEEP_CONFLICT);
        // without the word before the head, the phrase is not there
        assertThat(f.test(words("Soldiers will not hear tap water ."), List.of("NNS", "MD", "RB", "VB", "NN", "NN", "."),
                List.of("soldier", "will", "not", "hear", "tap", "water", "."))).isEqualTo(Verdict.NO_TRIGGER);
    }
}
