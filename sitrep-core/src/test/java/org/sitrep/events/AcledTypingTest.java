package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.FakePlaces;
import org.sitrep.testing.Texts;

/** ACLED types from the evidence of invented one-sentence reports. */
class AcledTypingTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.create(DictionaryFiles.bundled(), CoreNlpAnnotator.shared(), new FakePlaces());
    }

    /** The event with an ACLED type of highest confidence, as {@code eval acled} takes it. */
    static EventRecord main(String text) {
        List<EventRecord> events = pipeline.code(Texts.article(text));
        return events.stream().filter(e -> e.acled() != null)
                .max(Comparator.comparingDouble(EventRecord::confidence)).orElseThrow(
                        () -> new AssertionError("no ACLED-typed event in " + events));
    }

    static void typed(String text, String type, String sub) {
        EventRecord e = main(text);
        assertThat(e.acled().eventType()).as("%s: %s", text, e).isEqualTo(type);
        assertThat(e.acled().subEventType()).as("%s: %s", text, e).isEqualTo(sub);
    }

    @Test
    void theMeansOfRemoteViolenceDecideItsSubType() {
        typed("Government warplanes carried out air strikes on a rebel camp, killing nine fighters.",
                "Explosions/Remote violence", "Air/drone strike");
        typed("A roadside bomb struck a military patrol, killing three soldiers.",
                "Explosions/Remote violence", "Remote explosive/landmine/IED");
        typed("Rebels fired mortar rounds at an army base.", "Explosions/Remote violence",
                "Shelling/artillery/missile attack");
        typed("A suicide bomber blew himself up at a police checkpoint, killing six officers.",
                "Explosions/Remote violence", "Suicide bomb");
    }

    @Test
    void theCodeFollowsTheMeans() {
        EventRecord e = main("Government warplanes carried out air strikes on a rebel camp, killing nine fighters.");
        assertThat(e.cameo()).startsWith("195");
        assertThat(e.fatalities()).isEqualTo(9);
    }

    @Test
    void forceOnProtestersIsAProtestEvent() {
        typed("Security forces opened fire on protesters in the capital, killing four demonstrators.",
                "Protests", "Excessive force against protesters");
        typed("Police fired tear gas to disperse protesters in the city centre.", "Protests",
                "Protest with intervention");
    }

    @Test
    void protestersAndMobsThatUseViolenceRiot() {
        typed("Protesters threw stones at police and set tyres on fire.", "Riots", "Violent demonstration");
        typed("An angry mob attacked doctors at a hospital after a patient died.", "Riots", "Mob violence");
    }

    @Test
    void oneSidedViolenceIsAgainstCivilians() {
        EventRecord e = main("Armed herders killed five farmers in their fields.");
        assertThat(e.acled().eventType()).isEqualTo("Violence against civilians");
        assertThat(e.fatalities()).isEqualTo(5);
    }

    @Test
    void theOutcomeDecidesStrategicDevelopments() {
        typed("The army arrested five suspected militants during a search operation.", "Strategic developments",
                "Arrests");
        typed("Gunmen kidnapped 30 students from a school.", "Violence against civilians",
                "Abduction/forced disappearance");
    }

    @Test
    void theDayOfTheReportTheActIsToldInWinsOverTheArticlesDate() {
        EventRecord e = main("As reported on 3 December, ten militants were killed by the army in the district.");
        assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2024, 12, 3));
        assertThat(e.dateBasis()).isEqualTo("text");
        assertThat(e.fatalities()).isEqualTo(10);
    }

    @Test
    void aDateWrittenInTheSentenceWins() {
        EventRecord e = main("On 29 November 2024, security forces fired on protesters in the town, killing two people.");
        assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2024, 11, 29));
        assertThat(e.acled().subEventType()).isEqualTo("Excessive force against protesters");
    }
}
