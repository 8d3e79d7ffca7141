package org.sitrep.eval.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Pipeline;

/** The main event of a sentence and the spans of its actors, as the ConfliBERT set marks them. */
class CameoEvaluationTest {

    static CameoEvaluation eval;

    @BeforeAll
    static void load() {
        eval = new CameoEvaluation(Pipeline.create(DictionaryFiles.bundled(), CoreNlpAnnotator.shared(),
                (doc, reserved) -> List.of()));
    }

    private static CameoEvaluation.Prediction code(String text) {
        return eval.code(new CameoSentence(0, text, 0, null, null));
    }

    @Test
    void actorsActingTogetherAreOneSourceSpan() {
        assertThat(code("The Yemeni army and allied fighters attacked Houthi positions.").source())
                .isEqualTo("The Yemeni army and allied fighters");
    }

    @Test
    void whatOneHopesOthersWillDoIsNoEventOfTheirs() {
        assertThat(code("Iran's foreign minister has said he hopes Japan and the European Union will persuade Biden to lift sanctions.").cameo())
                .isEqualTo("010");
    }

    @Test
    void sharingAViewIsAStatementButAgreeingToActIsNot() {
        assertThat(code("The ministers said they agree with the governor that the schools must reopen.").cameo())
                .startsWith("01");
        assertThat(code("The minister said Iran has agreed to release the British sailors.").cameo())
                .doesNotStartWith("01");
    }

    @Test
    void anAttackThatNamesItsAuthorIsTheMainEventOfDeathsToldWithoutOne() {
        CameoEvaluation.Prediction p = code("At least ten civilians were killed when the Syrian army launched an attack on the town of Saraqeb.");
        assertThat(p.source()).isEqualTo("the Syrian army");
        assertThat(p.cameo()).startsWith("19");
    }

    @Test
    void aPronounsSpanIsTheActorItStandsFor() {
        assertThat(code("The Turkish army said it had bombed Kurdish militant positions in Iraq.").source())
                .isEqualTo("The Turkish army");
    }

    @Test
    void theDayIsNoPartOfTheActorsSpan() {
        assertThat(code("The Syrian army on Sunday attacked the rebels.").source()).isEqualTo("The Syrian army");
    }

    @Test
    void aNamesShortFormInBracketsIsPartOfItsSpan() {
        assertThat(code("The Nigerian Air Force (NAF) bombed the rebels.").source())
                .isEqualTo("The Nigerian Air Force (NAF)");
    }

    @Test
    void whatAPlainStatementReportsIsTheMainEvent() {
        assertThat(code("The United States reiterated that it will not lift the embargo on Cuba.").cameo())
                .isEqualTo("1244");
    }

    @Test
    void aNameTheDateReaderTookForAMonthStaysInItsSpan() {
        assertThat(code("Prime Minister Theresa May attacked the rebels on Friday.").source())
                .isEqualTo("Prime Minister Theresa May");
    }

    @Test
    void whatOneSaysOneDidIsTheMainEventButAClaimOfResponsibilityStaysOne() {
        assertThat(code("The Turkish army said it had bombed Kurdish militant positions in Iraq.").cameo())
                .startsWith("19");
        assertThat(code("The Taliban claimed responsibility for the attack on the Afghan army base.").cameo())
                .isEqualTo("015");
    }

    @Test
    void whoAnActorIsPartOfByOfIsTheSpan() {
        assertThat(code("The army released hundreds of rebel fighters.").target()).isEqualTo("hundreds of rebel fighters");
    }

    @Test
    void aCoordinationInsideAModifierStaysInTheSpan() {
        assertThat(code("The French and British navies attacked the pirates.").source())
                .isEqualTo("The French and British navies");
    }

    @Test
    void anAgeIsPartOfTheSpanNotADate() {
        assertThat(code("Police arrested a 60-year-old journalist.").target()).isEqualTo("a 60-year-old journalist");
    }

    @Test
    void aMonthInAPossessiveNameStaysInTheSpan() {
        assertThat(code("Theresa May's government attacked the rebels.").source()).isEqualTo("Theresa May's government");
    }

    @Test
    void aPhraseNoDictionaryKnowsIsReadAsAnActorsIs() {
        assertThat(code("The Kartoffel Front claimed responsibility for the attacks carried out by its fighters.").target())
                .isEqualTo("the attacks carried out by its fighters");
    }

    @Test
    void theNameATitleHeadsIsPartOfItsSpan() {
        assertThat(code("Kartoffel's Prime Minister Ivan Petrov attacked the rebels.").source())
                .isEqualTo("Kartoffel's Prime Minister Ivan Petrov");
    }

    @Test
    void aWordQualifyingTheNumberIsPartOfTheSpan() {
        assertThat(code("The army arrested around 200 protesters.").target()).isEqualTo("around 200 protesters");
    }

    @Test
    void peopleActedOnAreMarkedWithWhereTheyWere() {
        assertThat(code("Police detained dozens of students in Tbilisi on Monday.").target())
                .isEqualTo("dozens of students in Tbilisi");
    }

    @Test
    void aPlaceIsMarkedWithoutItsDescription() {
        assertThat(code("The army attacked Kartoffelburg, a city held by the rebels.").target()).isEqualTo("Kartoffelburg");
    }

    @Test
    void anOfferIsMarkedWithItsAuthorButNotWhatItIsAbout() {
        assertThat(code("The rebels rejected the Kartoffel government's offer on prisoner exchanges.").target())
                .isEqualTo("the Kartoffel government's offer");
        assertThat(code("The rebels rejected the president's decision to extend the curfew.").target())
                .isEqualTo("the president's decision");
    }

    @Test
    void howOrWhenSomethingWasDoneIsNoPartOfWhatWasDoneTo() {
        assertThat(code("The union refused to comply with the government's new rules in an act of protest.").target())
                .isEqualTo("the government's new rules");
        assertThat(code("Police arrested the leaders of the union for the first time.").target())
                .isEqualTo("the leaders of the union");
    }

    @Test
    void thingsStruckInAPlaceAreMarkedWithThePlace() {
        assertThat(code("Turkish jets pounded military positions in northern Syria on Monday.").target())
                .isEqualTo("military positions in northern Syria");
        assertThat(code("Gunmen killed 30 students at a school in Kartoffelburg.").target())
                .isEqualTo("30 students at a school in Kartoffelburg");
    }

    @Test
    void aPronounSourceIsMarkedAsWhomItStandsFor() {
        assertThat(code("The Kartoffel army said it had bombed rebel positions near the border.").source())
                .isEqualTo("The Kartoffel army");
    }

    @Test
    void aWordAnnouncingACoordinationLeftOutGoesWithIt() {
        assertThat(code("The Kartoffel government imposed sanctions on both Norway and Chile.").target())
                .isEqualTo("Norway");
    }

    @Test
    void whatAMeasureIsAgainstOrAMissionIsInIsTheTarget() {
        assertThat(code("Norway lifts boycott of Brazilian products.").target()).isEqualTo("Brazilian products");
        assertThat(code("Japan lifted the blockade of Taiwan.").target()).isEqualTo("Taiwan");
        assertThat(code("The European Union lifted its sanctions against Belarus.").target()).isEqualTo("Belarus");
        assertThat(code("Sweden will send 200 soldiers to the UN peacekeeping mission in Chad.").target()).isEqualTo("Chad");
    }

    @Test
    void whoSaidItIsNoPartOfTheSpan() {
        assertThat(code("Government troops shelled the besieged town of Harasta near the border, a monitor has said.").target())
                .isEqualTo("the besieged town of Harasta near the border");
    }

    @Test
    void thePrepositionToIsNoPartOfTheSpan() {
        assertThat(code("The museum returned a stolen painting to Italian authorities in Rome.").target())
                .isEqualTo("Italian authorities");
    }

    @Test
    void aReciprocalSpanLeavesOutItsPreposition() {
        CameoEvaluation.Prediction p = code("The joint exercise was conducted by Kenyan soldiers and Ugandan police officers.");
        assertThat(p.source()).isEqualTo("Kenyan soldiers and Ugandan police officers");
        assertThat(p.target()).isEqualTo("Kenyan soldiers and Ugandan police officers");
    }

    @Test
    void anOfferIsMarkedWithoutWhatItOffers() {
        assertThat(code("The rebels rejected a government offer of talks.").target()).isEqualTo("a government offer");
    }

    @Test
    void whatSomeoneIsAbleToDoIsNoPartOfTheSpan() {
        assertThat(code("The rating agency said it is doubtful of the government's ability to repay its debts.").target())
                .isEqualTo("the government's ability");
    }

    @Test
    void coordinatedTargetsAreSplitUnlessTheyShareTheirWords() {
        assertThat(code("Troops opened fire on a crowd of farmers, traders and students.").target())
                .isEqualTo("a crowd of farmers");
        assertThat(code("Police arrested 30 opposition activists and journalists on Monday.").target())
                .isEqualTo("30 opposition activists and journalists");
        assertThat(code("The army freed the hostages and Government of Peru officials.").target())
                .isEqualTo("the hostages");
    }

    @Test
    void whereANamedActorWasIsNoPartOfItsSpan() {
        assertThat(code("Kenyan President Ali Hassan met Ugandan President John Okello at State House in Nairobi.").target())
                .isEqualTo("Ugandan President John Okello");
    }

    @Test
    void theOfficialsOfAPlaceAreTheSourcesSpan() {
        assertThat(code("Officials from Ghana said they would boycott the summit.").source()).isEqualTo("Officials from Ghana");
    }

    @Test
    void aWordQualifyingTheNumberStaysHoweverItIsParsed() {
        assertThat(code("Around 300 protesters attacked the police station.").source()).isEqualTo("Around 300 protesters");
    }

    @Test
    void namedSourcesAreSplitUnlessTheyActJointly() {
        assertThat(code("Chile and Brazil condemned the attack on the embassy.").source()).isEqualTo("Chile");
        assertThat(code("Chile and Peru failed to reach agreement on a fisheries deal.").source()).isEqualTo("Chile and Peru");
        assertThat(code("The Chilean army and local police arrested 40 protesters.").source())
                .isEqualTo("The Chilean army and local police");
    }

    @Test
    void sidesActingJointlyAreOneReciprocalSpan() {
        CameoEvaluation.Prediction p = code("Chile and Peru failed to reach agreement on a fisheries deal.");
        assertThat(p.source()).isEqualTo("Chile and Peru");
        assertThat(p.target()).isEqualTo("Chile and Peru");
        CameoEvaluation.Prediction q = code("Chile and Peru suspended arms deals with Bolivia.");
        assertThat(q.source()).isEqualTo("Chile");
        assertThat(q.target()).isEqualTo("Bolivia");
    }

    @Test
    void aCoordinationInsideTheSubjectOfAJointActIsOneReciprocalSpan() {
        assertThat(code("British and Irish negotiators failed to reach a deal on fishing rights.").target())
                .isEqualTo("British and Irish negotiators");
        assertThat(code("The navies of Chile and Peru held joint exercises in the Pacific.").target())
                .isEqualTo("The navies of Chile and Peru");
    }

    @Test
    void aSourceNamedSecondInAJointCoordinationIsMarkedWithTheFirst() {
        CameoEvaluation.Prediction p = code("The opposition and the Chilean government failed to reach agreement on pension reform.");
        assertThat(p.source()).isEqualTo("The opposition and the Chilean government");
        assertThat(p.target()).isEqualTo("The opposition and the Chilean government");
    }

    @Test
    void anActorsNameIsMarkedWholeWhenTheParserSplitsIt() {
        assertThat(code("Egyptian officials held bilateral discussions with the Tanzanian President John Magufuli in Cairo on Monday.")
                .target()).isEqualTo("the Tanzanian President John Magufuli");
    }

    @Test
    void actorsNamedTogetherWhoAgreeOnSomethingAreItsTargetAsWellAsItsSource() {
        CameoEvaluation.Prediction p = code("Chile and Norway agreed on the draft text of a fisheries treaty.");
        assertThat(p.source()).isEqualTo("Chile and Norway");
        assertThat(p.target()).isEqualTo("Chile and Norway");
        // but actors who attack together do not attack each other
        assertThat(code("Chilean and Norwegian troops attacked the rebel camp.").target()).isEqualTo("the rebel camp");
    }

    @Test
    void theDoersOwnForcesInAPlaceAreMarkedByThePlace() {
        assertThat(code("NATO strengthened its forces in Poland to deter an invasion.").target())
                .isEqualTo("Poland");
    }

    @Test
    void aRejectedRequestIsMarkedWithItsAuthor() {
        assertThat(code("The Kartoffel government rejected a request from the BBC to film the prison.").target())
                .isEqualTo("a request from the BBC");
    }

    @Test
    void aSpeakerNamedInsideTheTargetsPhraseIsNoPartOfIt() {
        assertThat(code("President Kartoffel has lifted a state of emergency in northern parts of Norway, state radio reported on Friday.")
                .target()).isEqualTo("northern parts of Norway");
    }

    @Test
    void thePlaceATeamIsSentToIsTheTargetOfWhatItIsSentToDo() {
        assertThat(code("The French transport ministry is dispatching a team to Lyon to investigate a collision.").target())
                .isEqualTo("Lyon");
    }

    @Test
    void thoseWhoseDemandsAreMetAreTheTargetNotTheDemands() {
        assertThat(code("The Kenyan president has conceded to the demands of the striking truck drivers.").target())
                .isEqualTo("the striking truck drivers");
    }
}
