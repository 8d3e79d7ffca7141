package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Published;
import org.sitrep.ingest.Segment;
import org.sitrep.ingest.Texts;
import org.sitrep.mentions.ToponymFinder;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Pipeline;

/**
 * The grammar the PETRARCH suite tests, each case with its exact (source, target, code) triples,
 * on a small fictional world (test resources {@code grammar/}) under PETRARCH's conventions.
 */
class GrammarTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        Path dir = Path.of("src/test/resources/grammar");
        pipeline = Pipeline.create(DictionaryFiles.directory(dir), CoreNlpAnnotator.shared(), ToponymFinder.NONE,
                CodingOptions.PETRARCH, false);
    }

    static List<String> triples(String sentence) {
        return triples(sentence, CodingOptions.PETRARCH);
    }

    static List<String> triples(String sentence, CodingOptions options) {
        return pipeline.with(options).code(article(sentence)).stream()
                .map(e -> code(e.source()) + " " + code(e.target()) + " " + e.cameo()).sorted().toList();
    }

    static Article article(String sentence) {
        return new Article(Texts.fingerprint(sentence), sentence,
                List.of(new Segment(Segment.Kind.BODY, 0, sentence.length())), null,
                new Published(LocalDate.of(2001, 5, 1), null), null, null, List.of(), null, "en", "test");
    }

    private static String code(EventRecord.Participant p) {
        return p == null || p.cameo() == null ? "---" : p.cameo();
    }

    @Test
    void simpleTransitive() {
        assertThat(triples("Arnor attacked Gondor.")).containsExactly("ARN GON 190");
    }

    @Test
    void compoundSourcesAndTargets() {
        assertThat(triples("Arnor and Rohan attacked Gondor and Mordor."))
                .containsExactly("ARN GON 190", "ARN MOR 190", "ROH GON 190", "ROH MOR 190");
    }

    @Test
    void listsAcrossCommas() {
        assertThat(triples("Arnor criticized Gondor, Rohan, Eriador and Mordor."))
                .containsExactly("ARN ERI 111", "ARN GON 111", "ARN MOR 111", "ARN ROH 111");
    }

    @Test
    void passiveVoiceWithAnAgent() {
        assertThat(triples("Gondor was attacked by Arnor.")).containsExactly("ARN GON 190");
    }

    @Test
    void negationIsNoEvent() {
        assertThat(triples("Arnor did not attack Gondor.")).isEmpty();
    }

    @Test
    void agentsAttachToTheirCountries() {
        assertThat(triples("Arnorian soldiers attacked the government of Gondor.")).containsExactly("ARNMIL GONGOV 190");
        assertThat(triples("Gondor's foreign minister criticized Mordor.")).containsExactly("GONGOVFRM MOR 111");
        assertThat(triples("Rebels in Gondor attacked Mordor.")).containsExactly("GONREB MOR 190");
    }

    @Test
    void appositionsDoNotHideTheActor() {
        assertThat(triples("Theoden, the king of Rohan, condemned Mordor.")).containsExactly("ROHGOV MOR 111");
    }

    @Test
    void relativeClausesGiveTheirVerbTheSubject() {
        assertThat(triples("The Arnorian rebels who attacked Gondor on Monday met Rohan on Tuesday."))
                .containsExactly("ARNREB GON 190", "ARNREB ROH 040", "ROH ARNREB 040");
    }

    @Test
    void reciprocalCodesGiveBothDirections() {
        assertThat(triples("Arnor met Gondor.")).containsExactly("ARN GON 040", "GON ARN 040");
    }

    @Test
    void patternsSetTheCode() {
        assertThat(triples("Arnor attacked Gondor with artillery.")).containsExactly("ARN GON 194");
        assertThat(triples("Rohan aided Eriador with food.")).containsExactly("ROH ERI 073");
    }

    @Test
    void reportedSpeechCodesTheStatementAndTheReportedAct() {
        assertThat(triples("Gondor said Arnor attacked Mordor.", CodingOptions.PETRARCH.withRequireDyad(false)))
                .contains("ARN MOR 190").anyMatch(t -> t.startsWith("GON") && t.endsWith("010"));
    }

    @Test
    void conjoinedVerbsShareTheirSubject() {
        assertThat(triples("Arnor criticized Mordor and attacked Gondor."))
                .containsExactly("ARN GON 190", "ARN MOR 111");
    }

    @Test
    void sentenceDiscardsStopCoding() {
        assertThat(triples("Arnor attacked Gondor in a football match.")).isEmpty();
    }

    @Test
    void requireDyadDropsOneSidedEvents() {
        assertThat(triples("Arnor attacked.")).isEmpty();
        assertThat(triples("Arnor attacked.", CodingOptions.PETRARCH.withRequireDyad(false))).containsExactly("ARN --- 190");
    }

    @Test
    void aPhraseVerbWhoseHeadTheTaggerMadeANoun() {
        // WIRE_+TAP: "tap" is the head, but in "will not wire tap" the tagger makes "wire" the verb
        assertThat(triples("Soldiers from Gondor will not wire tap the links leading into Mordor."))
                .containsExactly("GONMIL MOR 081");
    }

    @Test
    void theSubjectOfASemiModalVerbStandsBeforeBe() {
        // the parser hangs "restore" under "trashed" and leaves it without a subject
        assertThat(triples("The Arnorian basketball team is about to restore full diplomatic ties with Gondor almost crowds trashed its embassy."))
                .containsExactly("ARN GON 064");
    }

    @Test
    void aModifierAfterTheSecondOfTwoConjoinedNounsNamesItsActor() {
        // the parser hangs "of Gondor" on "sheep"; it ends the phrase "goats" starts
        assertThat(triples("Arnor's sheep and goats of Gondor warned of Mordor."))
                .containsExactly("ARN MOR 160", "GON MOR 160");
    }

    @Test
    void aNameSplitBetweenTwoSubjectsIsPartOfTheFirst() {
        assertThat(triples("Arnor centre of a diplomatic row between Rohan the Brown called immediately for Gondor late Sunday to be allowed to leave Mordor by elves."))
                .containsExactly("ARN GON 096");
    }

    @Test
    void whatADirectiveCallsForIsNotDone() {
        assertThat(triples("Arnor called for Gondor to be allowed to leave Mordor.")).containsExactly("ARN GON 096");
    }

    @Test
    void hearsayCodesTheSayingUnderPetrarchAndTheActAsAClaimInNews() {
        assertThat(triples("Arnor is said to be about to restore full diplomatic ties with Gondor."))
                .containsExactly("ARN GON 010");
        Article a = article("Arnor is said to have attacked Gondor.");
        List<EventRecord> news = pipeline.with(CodingOptions.NEWS).code(a);
        assertThat(news).extracting(EventRecord::cameo).containsExactly("190");
        assertThat(news.get(0).modality()).isEqualTo(Modality.CLAIMED);
    }
}
