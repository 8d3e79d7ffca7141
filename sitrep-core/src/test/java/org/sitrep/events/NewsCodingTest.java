package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.FakePlaces;
import org.sitrep.testing.Texts;

/**
 * How news wording is coded with the bundled dictionaries under the news conventions: each case
 * with its exact (source, target, code) triples, actors by their CAMEO codes.
 */
class NewsCodingTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.create(DictionaryFiles.bundled(), CoreNlpAnnotator.shared(), new FakePlaces());
    }

    static List<String> triples(String text) {
        return pipeline.code(Texts.article(text)).stream()
                .map(e -> code(e.source()) + " " + code(e.target()) + " " + e.cameo()).sorted().toList();
    }

    /** Triples with each side as its code, or as its words in quotes when no dictionary knows it. */
    static List<String> named(String text) {
        return pipeline.code(Texts.article(text)).stream()
                .map(e -> side(e.source()) + " " + side(e.target()) + " " + e.cameo()).sorted().toList();
    }

    private static String side(EventRecord.Participant p) {
        return p == null ? "---" : p.cameo() == null ? "'" + p.text() + "'" : p.cameo();
    }

    private static String code(EventRecord.Participant p) {
        return p == null || p.cameo() == null ? "---" : p.cameo();
    }

    @Test
    void aNameGivenWithATitleStandsForItsActorLaterInTheArticle() {
        String intro = "South African Foreign Minister Pik Botha has alleged that the rebels are planning attacks. ";
        // the surname alone acts, and is acted on
        assertThat(triples(intro + "Botha warned Zambia not to shelter the rebels."))
                .anyMatch(t -> t.startsWith("ZAFGOV ZMB 13"));
        assertThat(triples(intro + "Zambia and Botswana denied Botha's charges."))
                .anyMatch(t -> t.startsWith("ZMB ZAFGOV ") && t.endsWith(" 016"));
        // a name the article never tied to a title stays no one the dictionaries know
        assertThat(triples("Botha warned Zambia not to shelter the rebels.")).noneMatch(t -> t.startsWith("ZAFGOV"));
    }

    @Test
    void aFightOverAPlaceIsFoughtAgainstTheOneSideTheArticleSetsAgainstItsDoer() {
        // the city is where, not whom: the rebels took it from the army the article names
        assertThat(triples("Hayat Tahrir al-Sham fighters entered the city of Hama on Thursday, the Syrian army said."))
                .anyMatch(t -> t.startsWith("SYRREB SYRMIL 19"));
        // the army's fight is with the one armed group the article names
        assertThat(triples("The Syrian army said Hayat Tahrir al-Sham was to blame. Syrian troops stormed the outpost on Friday."))
                .anyMatch(t -> t.startsWith("SYRMIL SYRREB 19"));
        // with two armed groups named, whom the army fought is not known
        assertThat(triples("Hayat Tahrir al-Sham and the Free Syrian Army are active there. "
                + "Syrian troops stormed the outpost on Friday."))
                .filteredOn(t -> t.startsWith("SYRMIL ") && t.contains(" 19")).isNotEmpty()
                .allMatch(t -> t.startsWith("SYRMIL --- 19"));
        // a market shelled is no act against the armed group: it keeps its own words
        assertThat(triples("The Syrian army said Hayat Tahrir al-Sham was to blame. Syrian troops shelled a market on Friday."))
                .noneMatch(t -> t.startsWith("SYRMIL SYRREB 19"));
        // one acted on by name stays the one acted on
        assertThat(triples("The Syrian army said Hayat Tahrir al-Sham was to blame. Syrian troops attacked Turkish soldiers."))
                .anyMatch(t -> t.startsWith("SYRMIL TURMIL 19")).noneMatch(t -> t.startsWith("SYRMIL SYRREB 19"));
    }

    @Test
    void aPatternWrittenForOneVerbOfSayingIsNotReadIntoAnother() {
        // CAMEO's "- * ATTACK [190] # REPORT" is not the speaker's attack when the speaker "says"
        assertThat(triples("A Kenyan police spokesman says new gang attacks overwhelmed officers."))
                .noneMatch(t -> t.startsWith("KENCOP") && t.contains(" 19"));
    }

    @Test
    void rebelsAreNoPrivateMilitaryCompanyTheArticleIsAbout() {
        String wagner = "Wagner mercenaries fought alongside the Malian army, and the Wagner group lost many men. ";
        // the armed group the article names most is a private military company: "rebels" are not it
        assertThat(triples(wagner + "The army killed around 20 rebels.")).noneMatch(t -> t.contains("RUSUAF 19"));
        // "fighters" may be any armed group
        assertThat(triples(wagner + "Rebels attacked the fighters near the town."))
                .anyMatch(t -> t.contains(" RUSUAF 19"));
    }

    @Test
    void whatAnActWasDoneForIsNoActDone() {
        // the arrest is the aim of the move, not an arrest made
        assertThat(triples("Syrian troops moved into the area on Monday to arrest the protest leaders."))
                .noneMatch(t -> t.endsWith(" 173"));
        // the same kind of act told as its own aim is still told
        assertThat(triples("The Syrian army fought fierce battles to repel the rebel attack."))
                .anyMatch(t -> t.startsWith("SYRMIL ") && t.contains(" 19"));
        // a summons for a purpose is that purpose, done
        assertThat(triples("Turkey summoned the Greek ambassador to protest the arrests."))
                .anyMatch(t -> t.startsWith("TUR GRCGOV ") && !t.endsWith(" 04") && !t.contains(" 04"));
    }

    @Test
    void aStatementToTheMediaHasNoTarget() {
        assertThat(named("A Lebanese security source told AFP that the two men were civilians."))
                .isNotEmpty().allMatch(t -> !t.contains("MED"));
    }

    @Test
    void aRefusedConcessionIsARejection() {
        assertThat(triples("Israel will not release the Lebanese prisoners.")).containsExactly("ISR LBN 1243");
        assertThat(triples("Turkey refused to lift the sanctions on Syria.")).containsExactly("TUR SYR 1244");
        // one failure of both sides: one event, told from the first side's view, naming both
        assertThat(named("Russia and Ukraine failed to reach agreement.")).containsExactly("RUS UKR 120");
    }

    @Test
    void whoActedDidWhatFollowedFromIt() {
        // the town shelled is where the soldiers the shelling killed were: one act against them, by artillery (194)
        assertThat(triples("The Syrian army shelled the town, killing five Turkish soldiers."))
                .containsExactly("SYRMIL TURMIL 194");
    }

    @Test
    void whatAViewIsAboutIsTheTargetOfItsStatement() {
        assertThat(named("The French government said it is skeptical about the scheme.")).containsExactly("FRAGOV 'the scheme' 012");
        assertThat(triples("Turkey voiced hope that the new government in Greece will improve relations."))
                .contains("TUR GRCGOV 013");
    }

    @Test
    void anAppealToJoinAProtestIsTheCallersProtestAgainstWhatItOpposes() {
        assertThat(named("Opposition parties called on their supporters to join a rally against the Serbian government."))
                .contains("---OPP SRBGOV 141");
        assertThat(triples("The UN called on Israel to halt settlement building."))
                .extracting(t -> t.substring(t.lastIndexOf(' ') + 1)).containsExactly("020");
    }

    @Test
    void aPastVerbMisreadAsAParticipleOfTheLastSubjectIsStillThePredicate() {
        assertThat(triples("The Syrian government, a number of political parties and the Kurds on Thursday condemned "
                + "US President Joe Biden's decision to recognize the Golan as Israel's territory."))
                .anyMatch(t -> t.endsWith(" 111"));
    }

    @Test
    void aNegatedAttackIsStillNoEvent() {
        assertThat(triples("Israel will not attack Lebanon.")).isEmpty();
        assertThat(triples("Turkey refused to attack Syria.")).isEmpty();
    }

    @Test
    void whatAnActIsDoneToIsItsTargetThoughNoDictionaryKnowsIt() {
        assertThat(named("Syrian troops attacked the final rebel-held city near Damascus.")).containsExactly(
                "SYRMIL 'the final rebel-held city near Damascus' 190");
        assertThat(named("Turkish police detained several suspects.")).containsExactly("TURCOP 'several suspects' 173");
    }

    @Test
    void aThingDoneIsNoTargetButWhatItIsDoneToIs() {
        assertThat(named("Turkey imposed sanctions on the Kartoffel Institute.")).containsExactly(
                "TUR 'the Kartoffel Institute' 163");
    }

    @Test
    void whatANamedThingDoneConcernsIsTheTarget() {
        assertThat(named("The Kartoffel Front claimed responsibility for the bombing of a bridge.")).anyMatch(
                t -> t.contains("'the bombing of a bridge' 015"));
        assertThat(named("Japan expressed condolences over the flooding in the north.")).anyMatch(
                t -> t.contains("'the flooding in the north' 018"));
    }

    @Test
    void whatAttacksAreLaunchedOnIsTheirTarget() {
        assertThat(named("Turkish warplanes launched airstrikes on militant hideouts in the mountains.")).anyMatch(
                t -> t.contains("'militant hideouts"));
    }

    @Test
    void whereAForceIsWithdrawnFromIsTheTargetNotTheForce() {
        assertThat(triples("Russia began withdrawing its troops from Syria.")).containsExactly("RUS SYR 0874");
        assertThat(triples("Australia will withdraw its troops from Iraq.")).containsExactly("AUS IRQ 0356");
        assertThat(named("Russian troops withdrew from the city.")).allMatch(t -> t.contains(" --- "));
    }

    @Test
    void whoAidIsGivenToIsTheTargetWhereverTheParseHangsIt() {
        assertThat(triples("New Zealand provided an additional $3 million in assistance to Fiji."))
                .containsExactly("NZL FJI 060");
    }

    @Test
    void theSubjectOfAnAgentlessPassiveIsTheTarget() {
        assertThat(named("Moussa Tchangari was arrested on Monday.")).containsExactly(
                "--- 'Moussa Tchangari' 173");
    }

    @Test
    void anOptionWeighedIsConsideredNotDoneAndWhomItWouldBeDoneToIsItsTarget() {
        assertThat(triples("Japan is considering sending aid to North Korea.")).containsExactly("JPN PRK 014");
        assertThat(triples("Belarus is exploring the possibility of switching to crypto-mining.")).containsExactly("BLR --- 014");
    }

    @Test
    void aStateOfSiegeDeclaredIsAnEmergencyImposed() {
        assertThat(triples("Bolivia declared a state of siege.")).containsExactly("BOL --- 1724");
    }

    @Test
    void whatASpeakerSaysAnotherMustDoIsADemandOfIt() {
        assertThat(triples("Turkey said Syria must withdraw its troops.")).containsExactly("TUR SYR 100");
        assertThat(named("Human Rights Watch said the Kartoffel Institute must ensure security.")).containsExactly(
                "NGOHRI 'the Kartoffel Institute' 100");
    }

    @Test
    void whatSomeoneIsAboutToDoIsAnIntent() {
        assertThat(triples("Turkey is about to restore full diplomatic ties with Egypt.")).containsExactly("TUR EGY 032");
    }

    @Test
    void hearsayIsTheActToldAsAClaimNotAStatementOfNoOne() {
        List<EventRecord> events = pipeline.code(Texts.article("Rebels are reported to have attacked an army base near Hama."));
        assertThat(events).extracting(EventRecord::cameo).containsExactly("190");
        assertThat(events.get(0).modality()).isEqualTo(Modality.CLAIMED);
    }

    @Test
    void aMaterialActInAnAgentlessPassiveIsDoneBySomeoneUnsaid() {
        assertThat(triples("Eighteen Italian fishermen have been freed.")).containsExactly("--- ITAAGR 080");
        assertThat(triples("Israeli prisoners were released on Monday.")).containsExactly("--- ISR 0841");
    }

    @Test
    void aVerbalActInAnAgentlessPassiveStillNeedsItsSource() {
        assertThat(triples("Israel was criticized on Monday.")).isEmpty();
    }

    @Test
    void aPronounReportingItsSpeakerActsAsTheSpeaker() {
        assertThat(named("The Ejército Zapatista said it will release the Kartoffel Institute hostages.")).containsExactly(
                "'Ejército Zapatista' 'the Kartoffel Institute hostages' 035");
    }

    @Test
    void aSummonsForAPurposeIsThePurpose() {
        assertThat(triples("Pakistan summoned France's ambassador on Monday to complain about the cartoons."))
                .containsExactly("PAK FRAGOV 110");
        assertThat(triples("Lithuania summoned the Russian ambassador to complain about naval activities."))
                .containsExactly("LTU RUSGOV 110"); // the graph makes the ambassador the one who complains
    }

    @Test
    void aNounOfActionALightVerbTakesIsTheAct() {
        assertThat(triples("Denmark announced a suspension of aid to Egypt.")).containsExactly("DNK EGY 162");
        assertThat(triples("Egypt ordered the release of the Israeli prisoners.")).containsExactly("EGY ISR 0841");
    }

    @Test
    void aPassiveSubjectIsWhatAPatternReadsAsTheObject() {
        assertThat(triples("UN sanctions against Iran were lifted on Saturday.")).containsExactly("--- IGOUNO 085");
    }

    @Test
    void aPhraseVerbsParticleIsNoPrepositionOfItsObject() {
        assertThat(triples("Sweden has taken in thousands of refugees.")).containsExactly("SWE --- 075");
    }

    @Test
    void theFirstComplementOfANounOfActionIsItsObject() {
        assertThat(triples("Germany announced an increase in aid to Jordan.")).containsExactly("DEU JOR 073");
    }

    @Test
    void materialCooperationAndItsReversalAsWireStoriesWordThem() {
        assertThat(triples("Turkey opened its borders to Syrian refugees.")).containsExactly("TUR --- 081");
        assertThat(triples("Yemen let free the jailed activists.")).containsExactly("YEM ---OPP 0841");
        assertThat(triples("Japan rolled back tariffs on Chinese goods.")).containsExactly("JPN CHN 085");
        assertThat(triples("Egyptian workers called off the strike.")).containsExactly("EGYLAB --- 082");
        assertThat(triples("Eritrea expelled the U.N. peacekeepers.")).containsExactly("ERI IGOUNO 1661");
        assertThat(triples("Russia has strengthened its forces in Crimea.")).containsExactly("RUS UKR 154");
    }

    @Test
    void defendingAPolicyIsDefendingItInWords() {
        assertThat(triples("Putin defended Russia's policy in Syria.")).containsExactly("RUSGOV RUS 052");
    }

    @Test
    void whatIsOfferedIsAnIntent() {
        assertThat(triples("Japan has offered to send troops to Jordan.")).map(t -> t.substring(t.lastIndexOf(' ') + 1))
                .containsExactly("031"); // material cooperation (062) offered: an intent
    }

    @Test
    void aSpeakerClaimingWhatItDidItselfClaimsIt() {
        assertThat(named("The protesters claimed that they had attacked an ambulance.")).containsExactly(
                "---OPP 'an ambulance' 145");
        assertThat(pipeline.code(Texts.article("The rebels said they had captured the town of Karu."))).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo()).startsWith("19");
                    assertThat(e.modality()).isEqualTo(Modality.CLAIMED);
                });
        // what another side did, told by a speaker, is asserted: the speaker is its attribution
        assertThat(pipeline.code(Texts.article("Medics said the strikes killed 34 people in the town."))).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo()).startsWith("19");
                    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
                    assertThat(e.attribution().speaker()).isEqualTo("Medics");
                });
    }

    @Test
    void whoeverDidWhatAPatternNamesIsTheSourceByTheirWords() {
        assertThat(named("Musicians have lifted the boycott of Israel.")).containsExactly("'Musicians' ISR 085");
        assertThat(named("The sarcophagus was returned to Egypt by Kartoffel officials.")).containsExactly(
                "'Kartoffel officials' EGY 0842");
    }

    @Test
    void anUnknownSubjectOfAVerbNoPatternNamesIsNoSource() {
        assertThat(named("Musicians have helped Israel.")).isEmpty();
    }

    @Test
    void aThingAgreedOnIsNoTargetOfThoseWhoAgreeOnIt() {
        assertThat(triples("Canada and Britain have agreed to a rollover trade deal.")).containsExactly("CAN GBR 050");
    }

    @Test
    void aCeasefireViolatedAndCiviliansHeldAsHumanShields() {
        assertThat(triples("Government forces violated the ceasefire in Jonglei.")).map(t -> t.substring(t.lastIndexOf(' ') + 1))
                .containsExactly("196");
        assertThat(named("Islamic State militants held civilians as human shields in Raqqa.")).map(t -> t.substring(t.lastIndexOf(' ') + 1))
                .containsExactly("181");
    }

    @Test
    void whoeverLaunchedWhatAnEventNounNamesIsItsSourceByTheirWords() {
        assertThat(named("Pakistan-based groups have launched cyber warfare against India.")).containsExactly(
                "'Pakistan-based groups' IND 190");
    }

    @Test
    void armsLaidDownAndTroopsDeployed() {
        assertThat(triples("The FARC said that they will lay down arms.")).containsExactly("COLREB --- 0356");
        assertThat(triples("Nigeria announced the deployment of 230 troops to Liberia.")).map(t -> t.substring(t.lastIndexOf(' ') + 1))
                .isNotEmpty().allMatch(c -> c.startsWith("07") || c.startsWith("06"));
    }

    @Test
    void aCallForSanctionsAgainstSomeoneThreatensThemAsCameoCodesIt() {
        assertThat(triples("Greece called for sanctions against Turkey.")).containsExactly("GRC TUR 1312");
    }

    @Test
    void aBodyNoDictionaryKnowsSpeaksByItsWordsUnlessItOnlyVouchesForTheReport() {
        assertThat(named("The advocacy group urged the Danish government to reverse the policy."))
                .containsExactly("'The advocacy group' DNKGOV 020");
        assertThat(named("Taliban fighters attacked a convoy near the border, officials said."))
                .containsExactly("AFGREB 'a convoy near the border' 190");
    }

    @Test
    void whatASpeakerSaysSomeoneMustDoIsADemandAndAMoodIsAComment() {
        assertThat(triples("Moscow says Kyiv must halt shelling of the plant.")).containsExactly("RUS UKR 100");
        assertThat(named("The agency said it was skeptical of the plan.")).containsExactly("'The agency' 'the plan' 012");
        assertThat(triples("The Kenyan minister said he was optimistic that talks would resume soon."))
                .containsExactly("KENGOV --- 013");
        assertThat(triples("Ankara agreed with Washington that the sanctions should stay.")).containsExactly("TUR USA 019");
        assertThat(triples("Japan has pushed for reforms of the council.")).containsExactly("JPN --- 020");
    }

    @Test
    void theSenderDoesWhatThoseSentAreSentForAndADayIsNobodysSubject() {
        assertThat(triples("Australia has sent investigators to investigate the crash of the airliner."))
                .extracting(t -> t.substring(0, 3) + t.substring(t.lastIndexOf(' '))).containsExactly("AUS 090");
        assertThat(triples("Egypt summoned the Israeli ambassador on Monday to complain about the raid."))
                .containsExactly("EGY ISRGOV 110");
    }

    @Test
    void bansViolatedPeacekeepersWithdrawnAndAnAllyDefendedAgainstClaims() {
        assertThat(named("Pyongyang has violated a ban on missile tests.")).containsExactly("PRK 'missile tests' 128");
        assertThat(triples("The United Nations withdrew peacekeepers from the region.")).containsExactly("IGOUNO --- 1661");
        assertThat(triples("The United Nations withdrew peacekeepers from Syria.")).containsExactly("IGOUNO SYR 1661");
        assertThat(triples("India defended Russia over claims of interference.")).containsExactly("IND RUS 052");
    }

    @Test
    void whatADocumentDoesItsAuthorDoesAndPublishingItIsNoStatementOfItsOwn() {
        assertThat(triples("The European Union issued a statement condemning Russia.")).containsExactly("IGOEUREEC RUS 111");
        assertThat(triples("Human Rights Watch published a report accusing the Ethiopian army of abuses."))
                .containsExactly("NGOHRI ETHMIL 111");
    }

    @Test
    void aVetoIsARejectionPressureADemandAndCreditClaimedAClaim() {
        assertThat(triples("Russia vetoed a resolution on Syria.")).extracting(t -> t.substring(t.lastIndexOf(' ') + 1))
                .containsExactly("129");
        assertThat(triples("The Nigerian government is pressuring the unions to end the strike."))
                .extracting(t -> t.substring(t.lastIndexOf(' ') + 1)).contains("100");
        assertThat(triples("Kenya claimed credit for the release of the hostages.")).containsExactly("KEN --- 015");
    }

    @Test
    void aidGivenToFightAnOutbreakIsAidNotAFight() {
        // and the place where it fights the outbreak is the place aided
        assertThat(triples("Sweden donated $10 million to fight the Ebola outbreak in Liberia.")).containsExactly("SWE LBR 071");
        assertThat(triples("Kenya donated tents to fight the epidemic in Uganda.")).containsExactly("KEN UGA 070");
    }

    @Test
    void whatIsMadeAvailableIsGivenAndAccessGrantedIsAllowed() {
        assertThat(triples("Kenya made available 200 tonnes of food aid.")).containsExactly("KEN --- 070");
        assertThat(triples("Egypt gave the inspectors access to the site.")).map(t -> t.substring(t.lastIndexOf(' ') + 1))
                .containsExactly("086");
    }

    @Test
    void peopleTakenInAreRefugeesReceived() {
        assertThat(triples("Italy accepted 300 people from the rescue ship.")).containsExactly("ITA ---PPL 075");
    }

    @Test
    void troopsThatLeaveACountryWithdraw() {
        assertThat(triples("Russian troops left Georgia.")).containsExactly("RUSMIL GEO 0874");
    }

    @Test
    void anAmountOfAidMadePublicIsTheAidGiven() {
        assertThat(triples("Norway announced $25 million in humanitarian assistance to Yemen.")).containsExactly("NOR YEM 073");
        assertThat(triples("Norway announced humanitarian assistance to Yemen.")).containsExactly("NOR YEM 033");
    }

    @Test
    void anAmountWrittenWithTheCurrencySignIsMoneyGiven() {
        assertThat(triples("Japan provides €30m support for farmers in Kenya.")).containsExactly("JPN KENAGR 071");
        assertThat(triples("Japan provided $2.5bn to Kenya.")).containsExactly("JPN KEN 071");
        assertThat(triples("Japan provides support for farmers in Kenya.")).containsExactly("JPN KENAGR 051");
    }

    @Test
    void aThingGivenBackIsPropertyReturned() {
        assertThat(triples("Italy returned to Egypt last week 21 ancient coins.")).containsExactly("ITA EGY 0842");
        assertThat(named("Police returned the seized turtles back into the wild.")).containsExactly(
                "---COP 'the seized turtles' 0842");
        assertThat(triples("The Kenyan president returned to Nairobi last week.")).isEmpty();
        assertThat(triples("Kenya returned the favour.")).isEmpty();
    }

    @Test
    void peopleSentBackAreReturnedPersonsNotProperty() {
        assertThat(triples("Turkey repatriated 300 refugees to Syria.")).containsExactly("TUR ---REF 0841");
        assertThat(triples("Turkey returned 12 looted statues to Syria.")).containsExactly("TUR SYR 0842");
    }

    @Test
    void whatIsRejectedIsRejectedWhateverItIs() {
        assertThat(named("Kenya rejected the referendum as illegal.")).containsExactly("KEN 'the referendum' 120");
        assertThat(triples("Hamas turned down an offer of talks with Israel.")).containsExactly("PSEREBHMS ISR 120");
        assertThat(triples("Israel rejected accusations of war crimes.")).containsExactly("ISR --- 016");
        assertThat(triples("Egypt dismissed the governor of Giza.")).doesNotContain("EGY --- 120");
    }

    @Test
    void whatOneHopesAnotherWillDoIsNotDone() {
        assertThat(triples("Kenya's foreign minister said he hopes Russia will lift the sanctions on Iran."))
                .containsExactly("KENGOV --- 010");
        assertThat(triples("The Kenyan minister hopes that Russia will lift the sanctions on Iran."))
                .noneMatch(t -> t.startsWith("RUS IRN"));
        assertThat(triples("Kenya's foreign minister said Russia will lift the sanctions on Iran.")).anyMatch(
                t -> t.startsWith("RUS IRN"));
    }

    @Test
    void aHeadlineVerbTaggedAsANounIsStillTheVerb() {
        assertThat(triples("Germany hands over 30 ambulances to Ukraine.")).containsExactly("DEU UKR 070");
        assertThat(pipeline.code(Texts.article("Japan and France hand over 40 trucks to Kenya."))).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo()).isEqualTo("070");
                    assertThat(e.source().text()).isEqualTo("Japan and France");
                    assertThat(e.target().cameo()).isEqualTo("KEN");
                });
        assertThat(triples("Germany's helping hands reached Ukraine.")).doesNotContain("DEU UKR 070");
    }

    @Test
    void whatADonorIsSaidToBeItGives() {
        assertThat(triples("Japan is the largest donor of humanitarian aid to Syria.")).containsExactly("JPN SYR 073");
        assertThat(triples("Canada remains one of the largest donors to Haiti.")).containsExactly("CAN HTI 070");
        assertThat(triples("Sweden is a leading donor, providing $50 million to Somalia.")).containsExactly(
                "SWE --- 070", "SWE SOM 071");
        assertThat(triples("Japan is not a donor to Syria.")).isEmpty();
    }

    @Test
    void roundsOfJointExercisesAndWarGamesAreMilitaryCooperation() {
        assertThat(triples("India and France began a new round of joint naval exercises.")).containsExactly("IND FRA 062");
        assertThat(triples("The war games were staged by the armies of Egypt and Saudi Arabia.")).containsExactly(
                "EGYMIL SAUMIL 062");
    }

    @Test
    void aidFlownOrTeamsSentAreAidAndTrainingForcesIsMilitaryCooperation() {
        assertThat(triples("Doctors Without Borders flew 20 tonnes of medicine into Yemen.")).containsExactly("NGOHLHMSF YEM 070");
        assertThat(triples("Japan dispatched a medical team to Nepal.")).containsExactly("JPN NPL 073");
        assertThat(triples("Canada is training Ukrainian soldiers.")).containsExactly("CAN UKRMIL 062");
    }

    @Test
    void aBoycottRepealedIsEasedAndAMissionForcedOutIsExpelled() {
        assertThat(triples("Kuwait has repealed its boycott law against Israel.")).containsExactly("KWT --- 085");
        assertThat(triples("Burundi forced the peacekeepers out of the country.")).containsExactly("BDI --- 1661");
    }

    @Test
    void anOfficialFiredOrADiseaseFoughtIsNoUseOfForce() {
        assertThat(triples("The president fired the defence minister.")).isEmpty();
        assertThat(triples("Germany is fighting the spread of the disease in Liberia.")).isEmpty();
    }

    @Test
    void propertyReturnedToItsOwnersIsReturned() {
        assertThat(triples("Italy returned the stolen statue to its owners.")).containsExactly("ITA --- 0842");
    }

    @Test
    void whoIsResponsibleForKillingsDidThem() {
        assertThat(triples("Al-Shabaab is responsible for mass killings in Somalia.")).containsExactly("SOMREB --- 202");
        assertThat(named("Kony and the LRA are responsible for mass killings in Uganda.")).containsExactly("'Kony' --- 202");
        assertThat(triples("The killing of the journalist sparked protests in Ankara.")).noneMatch(x -> x.endsWith(" 1823"));
    }

    @Test
    void aHungerStrikeOrAStrikeOfWorkersIsNoAirStrike() {
        assertThat(triples("Palestinian prisoners staged a one-day hunger strike in Israeli jails.")).containsExactly("PSE --- 142");
        assertThat(triples("Unions in Nigeria launched a general strike.")).containsExactly("NGA --- 143");
        assertThat(triples("Israeli jets carried out a strike on Gaza.")).containsExactly("ISR PSEGZA 195");
        assertThat(triples("Teachers in Denver went on strike.")).map(x -> x.substring(x.lastIndexOf(' ') + 1)).containsExactly("143");
    }

    @Test
    void aCommitmentIsAnIntentToCooperateAndWeaponsHandedBackAreProperty() {
        assertThat(triples("The Kenyan minister said the government is committed to opening up trade."))
                .containsExactly("KENGOV --- 030");
        assertThat(triples("The Iraqi militia said it will return the weapons to the army."))
                .contains("IRQUAF IRQMIL 035");
        assertThat(triples("The rebels returned the weapons.")).extracting(t -> t.substring(t.lastIndexOf(' ') + 1))
                .containsExactly("0842");
    }

    @Test
    void aCallToSomeoneForACourtesyIsTheCourtesyAndACallOnSomeoneStaysAnAppeal() {
        assertThat(triples("Netanyahu called Australian Prime Minister Scott Morrison on Wednesday to congratulate him."))
                .containsExactly("ISRGOV AUSGOV 051");
        assertThat(triples("The Iranian president called his Lebanese counterpart on Tuesday to assure him of support."))
                .containsExactly("IRNGOV LBN 030");
        assertThat(triples("Germany called on Turkey to release the journalists.")).containsExactly("DEU TUR 020");
    }

    @Test
    void whomABanWasImposedOnIsTheTargetOfItsLifting() {
        assertThat(triples("The Egyptian government lifted the travel ban imposed on Sudan last year."))
                .containsExactly("EGYGOV SDN 081");
        assertThat(triples("The Egyptian government lifted the travel ban imposed on Sudanese students."))
                .containsExactly("EGYGOV SDNEDU 081");
    }

    @Test
    void whomALawsuitIsFiledAgainstInACourtIsItsTarget() {
        assertThat(triples("A Kenyan lawyer filed a lawsuit in a Nairobi court against the Egyptian president."))
                .containsExactly("KENJUD EGYGOV 115");
    }

    @Test
    void whoCarriedOutTheRaidsDidTheKillingTheyCaused() {
        // raids by warplanes are air strikes (195)
        assertThat(triples("Turkish warplanes carried out several raids in northern Iraq, killing a PKK commander."))
                .contains("TURMIL TURREB 195");
    }

    @Test
    void whomACallIsMadeOnIsItsTargetWhenTheParserMarksTheClauseWithOn() {
        assertThat(triples("The EU called on the Kenyan government to release the journalists."))
                .contains("IGOEUREEC KENGOV 020");
    }

    @Test
    void whomSomethingIsExpressedToIsTheTargetWhenTheThingIsTheSpeakersOwn() {
        assertThat(pipeline.code(Texts.article("The Peruvian government expressed its condolences to the victims of the flood."))
                .stream().filter(e -> e.cameo().equals("018")).map(e -> e.target() == null ? null : e.target().text()))
                .containsExactly("the victims of the flood");
    }

    @Test
    void whatIsDecidedIsTheActAlsoWhenATimeSeparatesItFromTheDecision() {
        assertThat(triples("Canada decided on Monday to lift the sanctions on Cuba.")).containsExactly("CAN CUB 085");
    }

    @Test
    void humanitarianReliefAllowedIsAccessGranted() {
        assertThat(triples("The Ethiopian government allowed humanitarian relief into the province."))
                .extracting(x -> x.substring(x.lastIndexOf(' ') + 1)).containsExactly("0863");
    }

    @Test
    void theCountryPeopleAreExpelledFromExpelsThemWhenNoOneElseIsNamed() {
        assertThat(triples("Three inspectors of the United Nations have been expelled from Iran."))
                .containsExactly("IRN IGOUNO 1662");
    }

    @Test
    void aPatternWordDoesNotLieBeyondAParticipleUsedAsAPreposition() {
        // CAMEO's "hold * fire" must not read "following a fire" as the object
        assertThat(triples("Kenyan police detained ten students following a fire at the university."))
                .extracting(x -> x.substring(x.lastIndexOf(' ') + 1)).containsExactly("173");
    }

    @Test
    void whoRefusesARequestToActRejectsTheRequesterWhoseActWasOnlyAskedFor() {
        assertThat(triples("The Kenyan government refused a request from the BBC to visit the prison."))
                .containsExactly("KENGOV MED 120");
    }

    @Test
    void callingSomeoneNamesIsNoTelephoneCall() {
        assertThat(triples("The Kenyan president called the Ugandan ambassador a liar."))
                .extracting(x -> x.substring(x.lastIndexOf(' ') + 1)).containsExactly("111");
        assertThat(triples("The Kenyan president called the Ugandan plan historic."))
                .extracting(x -> x.substring(x.lastIndexOf(' ') + 1)).containsExactly("010");
        assertThat(triples("The Kenyan president called the Ugandan president to discuss the border."))
                .extracting(x -> x.substring(x.lastIndexOf(' ') + 1)).contains("041");
    }

    @Test
    void takingPartInPeacekeepingIsProvidingItAndAFormulaAcceptedIsAProposalAccepted() {
        assertThat(triples("Kenyan troops participate in peacekeeping operations in Somalia."))
                .extracting(x -> x.substring(x.lastIndexOf(' ') + 1)).containsExactly("074");
        assertThat(triples("The Kenyan government accepted a formula for ending the strike."))
                .extracting(x -> x.substring(x.lastIndexOf(' ') + 1)).containsExactly("030");
    }

    @Test
    void aNameInCapitalsTheTaggerTookForACommonNounIsStillAName() {
        assertThat(named("The KFTU has said it is skeptical of the plan.")).containsExactly("'KFTU' 'the plan' 012");
    }

    @Test
    void aNumbersMeasureIsNoPrepositionBetweenAVerbAndItsObject() {
        assertThat(triples("Kenyan officers trained more than 300 Somali soldiers."))
                .extracting(x -> x.substring(x.lastIndexOf(' ') + 1)).containsExactly("062");
    }

    @Test
    void whereAMeasureHoldsIsItsTarget() {
        assertThat(named("Kenyan police imposed a curfew in parts of the capital.")).anyMatch(
                t -> t.endsWith("'parts of the capital' 172"));
        assertThat(named("The Peruvian government lifted the state of emergency in three northern provinces.")).anyMatch(
                t -> t.endsWith("'three northern provinces' 0814"));
        assertThat(named("The Peruvian government lifted the state of emergency in four of the country's provinces.")).anyMatch(
                t -> t.endsWith("'four of the country's provinces' 0814"));
        assertThat(triples("Thousands of Sudanese refugees have sought refuge in Chad.")).anyMatch(t -> t.contains(" TCD "));
        assertThat(named("Sudan's warring parties agreed to a ceasefire in parts of the capital.")).anyMatch(
                t -> t.endsWith("'parts of the capital' 0356"));
        assertThat(triples("Russia lifted its blockade of Syria.")).anyMatch(t -> t.startsWith("RUS SYR 087"));
    }

    @Test
    void whomAidIsGivenToHelpIsItsTarget() {
        assertThat(triples("The Danish government is considering sending aid to help Kenya cope with the drought."))
                .anyMatch(t -> t.endsWith(" KEN 014"));
        assertThat(triples("The Finnish government provided 2 million euros to help flood victims in the north."))
                .containsExactly("FINGOV ---CVL 071");
    }

    @Test
    void aThingOfferedToAnotherIsTheActItsPurposeIsNot() {
        assertThat(triples("Kenya is willing to offer some military assistance to Uganda to fight the rebels."))
                .contains("KEN UGA 0332");
    }

    @Test
    void theDoersOwnTroopsAreWhatIsSentNotWhomItIsSentTo() {
        assertThat(triples("Kenya has offered to send troops to help the Somali army.")).anyMatch(t -> t.startsWith("KEN SOMMIL 03"));
        assertThat(pipeline.code(Texts.article(
                "Kenya has offered to send troops to help the Somali army, the Kenyan foreign minister has revealed.")))
                .noneMatch(e -> e.cameo().startsWith("01"))
                .anySatisfy(e -> {
                    assertThat(e.cameo()).startsWith("03");
                    assertThat(e.attribution().speaker()).contains("foreign minister");
                });
    }

    @Test
    void aSubjectTheTaggerTookForAVerbStillActs() {
        assertThat(triples("Somali Muslim insurgents ambushed a military convoy in Kenya.")).anyMatch(t -> t.endsWith(" 190")
                && !t.startsWith("---"));
    }

    @Test
    void whatAViewIsAboutIsItsTargetWhereverTheParserHangsIt() {
        assertThat(named("Danish experts have expressed hopes the Kenyan government will change its policy."))
                .anyMatch(t -> t.endsWith("KENGOV 013"));
        assertThat(named("The Norwegian finance minister expressed pessimism on Monday over the future of the euro."))
                .anyMatch(t -> t.endsWith("'the future of the euro' 012"));
        assertThat(named("A Danish health expert says he is optimistic that the Copenhagen marathon will take place next spring."))
                .anyMatch(t -> t.endsWith("'the Copenhagen marathon' 013"));
    }

    @Test
    void whereAidIsGivenIsItsTargetWhenNoRecipientIsNamed() {
        assertThat(triples("Some 5,000 Fijian soldiers served in Lebanon over two decades.")).anyMatch(t -> t.endsWith(" LBN 060"));
        assertThat(triples("Fijian troops participate in peacekeeping operations in Lebanon.")).anyMatch(t -> t.endsWith(" LBN 074"));
        assertThat(triples("The Fijian military sent 200 troops in Lebanon to serve as a peacekeeping force.")).anyMatch(t -> t.contains(" LBN 06"));
    }

    @Test
    void actorsWhoFailToAgreeOnAThingActOnEachOther() {
        assertThat(triples("Kenya and Uganda failed to reach agreement on a new border treaty."))
                .containsExactly("KEN UGA 120");
    }

    @Test
    void aPlaceAnActIsDoneToIsItsTarget() {
        assertThat(named("The Kenyan president has cancelled a planned visit to Aleppo.")).anyMatch(t -> t.endsWith("'Aleppo' 161"));
        assertThat(named("The rebels threatened to shell Aleppo.")).anyMatch(t -> t.endsWith("'Aleppo' 138"));
    }

    @Test
    void whereForcesAreStrengthenedIsTheTargetOfTheShowOfForce() {
        assertThat(named("The Kenyan army intensified its forces in several districts of the north."))
                .anyMatch(t -> t.endsWith("'several districts of the north' 154"));
    }

    @Test
    void whatIsSentToAPlaceToLookIntoAThingIsDoneToThatPlace() {
        assertThat(triples("Kenya sent a team of experts to Uganda to investigate the collapse of a bridge."))
                .contains("KEN UGA 090");
        assertThat(triples("Kenya has sent senior officials to Uganda to investigate a report alleging Kampala is funding rebels."))
                .contains("KEN UGA 090");
    }

    @Test
    void whomTheParserMadeTheSubjectOfAComplementIsTheObject() {
        assertThat(triples("Kenyan authorities have deported at least four Somali asylum seekers registered with the United Nations."))
                .containsExactly("KENGOV SOMREF 174");
        assertThat(named("Kenya let free some 74 political leaders.")).anyMatch(t -> t.endsWith("'some 74 political leaders' 0841"));
    }

    @Test
    void whomAThingIsDoneTogetherWithIsItsTarget() {
        assertThat(named("Kenya ended mediation efforts with the truckers on Thursday.")).containsExactly("KEN 'the truckers' 165");
    }

    @Test
    void whoeverMadeTheAccusationsDeniedIsTheTarget() {
        assertThat(named("The Kenyan government has strongly rejected accusations from a local councillor that it ignored the flooding."))
                .contains("KENGOV 'a local councillor' 016");
    }

    @Test
    void whomADemandIsMadeOfIsItsTarget() {
        assertThat(triples("Kenya reiterated its demand that Uganda withdraw its troops.")).contains("KEN UGA 100");
    }

    @Test
    void thoseExpelledAreTargetsEvenWhenThePatternNamesThem() {
        assertThat(named("Kenya expelled all the weapons inspectors.")).containsExactly("KEN 'all the weapons inspectors' 1662");
    }

    @Test
    void whomForceIsUsedOnIsTheObjectNotTheActorOfWhereItHappened() {
        assertThat(named("Kenyan police tortured a 40-year-old inmate to death in western Uganda."))
                .containsExactly("KENCOP 'a 40-year-old inmate' 1822");
    }

    @Test
    void anActOrADayIsNoOneActedOn() {
        assertThat(named("Kenyan workers went on strike for better pay.")).containsExactly("KENLAB --- 143");
        assertThat(named("Kenyan troops remained on alert at the border.")).containsExactly("KENMIL --- 150");
        assertThat(named("The Kenyan parliament rejected the deal for a third time.")).isNotEmpty().noneMatch(t -> t.contains("time"));
        assertThat(named("At the same time, the Kenyan ministry said it is skeptical about the plan."))
                .isNotEmpty().noneMatch(t -> t.contains("time"));
        assertThat(named("Kenyan rebels said they will lay down their arms in the capital on Sunday."))
                .noneMatch(t -> t.contains("Sunday"));
    }

    @Test
    void thoseWhoShowForceTogetherDoNotActOnEachOther() {
        assertThat(named("Kenyan police and soldiers remained on alert.")).containsExactly("KENCOP --- 150");
    }

    @Test
    void layingDownArmsIsDoneWhereTheArmsAreLaidDown() {
        assertThat(named("Syrian rebels said they will lay down their arms in Aleppo on Sunday."))
                .anyMatch(t -> t.endsWith("'Aleppo' 0356"));
    }

    @Test
    void aShowOfForceWithTheDoersOwnForcesIsAtTheirPlace() {
        assertThat(triples("Russia has strengthened its forces in Belarus.")).containsExactly("RUS BLR 154");
    }

    @Test
    void theSideAMeansOfViolenceBelongsToUsedIt() {
        assertThat(triples("Three civilians were killed by Pakistani shelling near the border."))
                .isNotEmpty().allMatch(t -> t.startsWith("PAK ---CVL "));
        assertThat(triples("Two Syrian children were killed in an Israeli raid.")).allMatch(t -> t.startsWith("ISR "));
        // a raid no one is said to have carried out has no source
        assertThat(triples("Two Syrian children were killed in a raid.")).allMatch(t -> t.startsWith("--- "));
    }

    @Test
    void aStoryOpeningOnItsDayDatesItsLaterTellings() {
        var events = pipeline.code(Texts.article("Israeli strikes on Wednesday killed five people in south Lebanon."
                + "\n\nThree children were killed in the raid on a farm, the agency said."));
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo(Texts.DAY.minusDays(1)));
    }

    @Test
    void aThingOrAWeaponIsNoSide() {
        // a case, an aim, a helicopter act on no one; words of people or groups, or names, do
        assertThat(named("A massive corruption case removed the mayor from office.")).noneMatch(t -> t.startsWith("'"));
        assertThat(named("The objective was to capture the police chief.")).noneMatch(t -> t.contains("'The objective'"));
        assertThat(named("A Mi-35 helicopter attacked the camp for an hour.")).allMatch(t -> t.startsWith("--- "));
        assertThat(named("Local musicians have lifted the boycott of Israel.")).anyMatch(t -> t.startsWith("'Local musicians'"));
        // munitions are never whom an act is done to: where they were fired is
        assertThat(triples("Hezbollah launched rounds of Katyusha rockets at Israel.")).anyMatch(t -> t.endsWith("ISR 19"
                + t.charAt(t.length() - 1)));
    }

    @Test
    void aPlaceSaidOnlyRoughlyIsNoPlaceOfTheEvent() {
        // FakePlaces knows Hama and Syria: an adjective or a direction outside the name says where only roughly
        assertThat(pipeline.code(Texts.article("Rebels attacked an army post near the Syrian border.")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.place()).isNull());
        assertThat(pipeline.code(Texts.article("Rebels attacked an army post in northern Syria.")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.place()).isNull());
        assertThat(pipeline.code(Texts.article("Rebels attacked an army post in Hama.")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.place().name()).isEqualTo("Hama"));
    }

    @Test
    void whatDidNotHappenIsNoEvent() {
        assertThat(triples("If Russia had attacked Ukraine, NATO would have condemned Russia.")).isEmpty();
        assertThat(triples("The Syrian army could attack Hama.")).isEmpty();
        assertThat(triples("Will the Syrian army attack Hama?")).isEmpty();
        // said to be done later is a threat or an intent, not nothing
        assertThat(triples("The Syrian army said it would attack Hama.")).isNotEmpty();
    }

    @Test
    void aTotalOverAPeriodIsNoAttack() {
        assertThat(triples("Syrian troops have killed 700 civilians since the war began.")).isEmpty();
        assertThat(triples("Syrian troops have killed 700 civilians so far.")).isEmpty();
        assertThat(triples("Syrian troops killed 7 civilians on Monday.")).isNotEmpty();
    }

    @Test
    void aStateOrADescriptionIsNoAct() {
        assertThat(triples("Aleppo, which is controlled by the Syrian government, lies in the north.")).isEmpty();
        assertThat(named("Rebels backed by Turkey entered the town.")).noneMatch(t -> t.endsWith(" 070") || t.endsWith(" 071"));
    }

    @Test
    void aVerbActsInTheDictionarysSenseOnlyOnWhatThatSenseActsOn() {
        // things are not freed, given material help or met; violence is not done by things
        assertThat(triples("The Kenyan government released lists of questions.")).noneMatch(t -> t.endsWith(" 0841"));
        assertThat(triples("The Syrian president gave a speech.")).noneMatch(t -> t.contains(" 06"));
        assertThat(triples("Kenyan exporters were hit by the crisis.")).noneMatch(t -> t.endsWith(" 190"));
        assertThat(triples("The method tests chips without damaging them.")).isEmpty();
        // but people are freed, and places and facilities are attacked
        assertThat(triples("Syria released five Kenyan prisoners.")).anyMatch(t -> t.endsWith(" 0841"));
        assertThat(named("Syrian troops shelled the military base.")).anyMatch(t -> t.contains(" 19"));
    }

    @Test
    void propertySeizedIsNoTerritoryTaken() {
        assertThat(triples("Syrian rebels captured three armoured vehicles and two trucks.")).anyMatch(t -> t.endsWith(" 171"))
                .noneMatch(t -> t.endsWith(" 192"));
        assertThat(triples("Syrian rebels captured two army bases.")).anyMatch(t -> t.endsWith(" 192"));
    }

    @Test
    void anActThatStartsAPeriodIsBackgroundWithNoDay() {
        assertThat(pipeline.code(Texts.article("Hezbollah has fired rockets at Israel almost daily since the Israeli "
                + "attack on Gaza began.")).stream().filter(e -> e.trigger().equals("attack")))
                .allSatisfy(e -> {
                    assertThat(e.date()).isNull();
                    assertThat(e.dateBasis()).isEqualTo("past");
                });
    }


    @Test
    void aPronounInWhatASideAnnouncesIsThatSide() {
        // the article named the Syrian army last, but "they" are the ones who announce
        var events = pipeline.code(Texts.article("The Syrian army shelled the town on Monday.\n\n"
                + "The Kartoffel Front announced that they had captured three army bases."));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.cameo()).startsWith("19");
            assertThat(e.source().text()).isEqualTo("Kartoffel Front");
            assertThat(e.modality()).isEqualTo(Modality.CLAIMED);
        });
    }

    @Test
    void aGenericGroupInAppositionIsTheNamedOneAndAnIndefiniteOneIsSomeoneNew() {
        var events = pipeline.code(Texts.article("Hayat Tahrir al-Sham fighters entered Hama on Monday.\n\n"
                + "The Kartoffel Front, a rebel coalition, attacked an army post near Aleppo."));
        assertThat(events).filteredOn(e -> e.evidence().sentence() == 1)
                .allSatisfy(e -> assertThat(e.source() == null ? null : e.source().id()).isNotEqualTo("HTS"));
    }

    @Test
    void thoseAgainstAnActorAreItsOpponents() {
        var events = pipeline.code(Texts.article("The Syrian army shelled Aleppo on Monday.\n\n"
                + "Anti-Assad forces entered Hama on Friday."));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.cameo()).startsWith("19");
            assertThat(e.source().id()).isEqualTo("SYR_REB");
        });
    }

    @Test
    void aUsersWordClassesChangeWhatIsCoded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String text = "The Syrian government said the strikes killed 34 people in the town.";
        assertThat(triples(text)).noneMatch(t -> t.endsWith(" 010")); // the saying is the strike's attribution
        java.nio.file.Files.writeString(dir.resolve("mine.classes.txt"), "&ATTRIBUTION\n-say\n");
        Pipeline mine = Pipeline.create(DictionaryFiles.bundled().plus(DictionaryFiles.directory(dir)),
                CoreNlpAnnotator.shared(), new FakePlaces());
        assertThat(mine.code(Texts.article(text))).anyMatch(e -> e.cameo().equals("010"));
    }

    @Test
    void eventNounsAreDataAUserCanExtend(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.sitrep.dict.WordClasses bundled = org.sitrep.dict.WordClasses.bundled();
        assertThat(EventNouns.codeOf(bundled, "clash", "clashes")).isEqualTo("190");
        assertThat(EventNouns.codeOf(bundled, "cyber-attack", "cyber-attacks")).isEqualTo("190");
        assertThat(EventNouns.codeOf(bundled, "withdrawal", "withdrawal")).isEqualTo("0874");
        assertThat(EventNouns.codeOf(bundled, "skirmish", "skirmishes")).isNull();
        java.nio.file.Files.writeString(dir.resolve("mine.classes.txt"), "&EVENT_NOUNS_193\n+skirmish\n");
        org.sitrep.dict.WordClasses mine = org.sitrep.dict.WordClasses.load(
                DictionaryFiles.bundled().plus(DictionaryFiles.directory(dir)));
        assertThat(EventNouns.codeOf(mine, "skirmish", "skirmishes")).isEqualTo("193");
        assertThat(EventNouns.codeOf(mine, "clash", "clashes")).isEqualTo("190");
    }

    @Test
    void aDayOfTheWeekIsTheLastOneForWhatWasDoneAndTheNextForWhatIsToCome() {
        // the article is of Thursday 5 December 2024
        assertThat(pipeline.code(Texts.article("Rebel forces captured two militia members near the village on Monday.")))
                .filteredOn(e -> e.cameo().startsWith("17") || e.cameo().startsWith("19")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2024, 12, 2)));
        assertThat(pipeline.code(Texts.article("Syrian troops shelled the town of Hama on Saturday.")))
                .filteredOn(e -> e.cameo().startsWith("19")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2024, 11, 30)));
        assertThat(Clauses.weekdayOnItsSide(time("Monday"), java.time.LocalDate.of(2024, 11, 25),
                java.time.LocalDate.of(2024, 12, 5), true)).isEqualTo(java.time.LocalDate.of(2024, 12, 9));
        // a dated day is as written
        assertThat(Clauses.weekdayOnItsSide(time("9 December"), java.time.LocalDate.of(2024, 12, 9),
                java.time.LocalDate.of(2024, 12, 5), false)).isEqualTo(java.time.LocalDate.of(2024, 12, 9));
    }

    private static org.sitrep.nlp.TimeExpression time(String text) {
        return new org.sitrep.nlp.TimeExpression(0, 0, 1, 0, text.length(), text, "DATE", null, null, "day");
    }

    @Test
    void backgroundGivenAMonthOrAYearKeepsItNotTheReportsDay() {
        assertThat(pipeline.code(Texts.article("In December 2017 a court in Seoul sentenced the former minister to "
                + "prison.")))
                .isNotEmpty().allSatisfy(e -> {
                    assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2017, 12, 1));
                    assertThat(e.datePrecision()).isEqualTo("month");
                    assertThat(e.dateBasis()).isEqualTo("text");
                });
        assertThat(timex("2019", "year").firstDay()).isEqualTo(java.time.LocalDate.of(2019, 1, 1));
        assertThat(timex("2019-W03", "week").firstDay()).isNull();
    }

    private static org.sitrep.nlp.TimeExpression timex(String value, String precision) {
        return new org.sitrep.nlp.TimeExpression(0, 0, 1, 0, 4, value, "DATE", value, null, precision);
    }

    @Test
    void anActToldInAnAllegationIsClaimedAndDeniedWhenTheAllegationIsDismissed() {
        assertThat(pipeline.code(Texts.article("The Syrian government denied allegations that its troops attacked "
                + "civilians in the region."))).filteredOn(e -> e.cameo().startsWith("19")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.DENIED));
        assertThat(pipeline.code(Texts.article("The Syrian army rejected claims it had bombed a hospital.")))
                .filteredOn(e -> e.cameo().startsWith("19")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.DENIED));
        assertThat(pipeline.code(Texts.article("Reports that rebels had shelled the town of Kobani could not be "
                + "confirmed."))).filteredOn(e -> e.cameo().startsWith("19")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.CLAIMED));
        // told as fact, it stays asserted
        assertThat(pipeline.code(Texts.article("Syrian troops attacked civilians in the region.")))
                .filteredOn(e -> e.cameo().startsWith("19")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.ASSERTED));
    }

    @Test
    void anActNamedAsSubjectIsDoneByItsOwnerNotByWhatItIsOnOrWhereItIs() {
        // what the strike is on, and where, did not strike
        assertThat(named("An air strike on a house in Jabalia refugee camp killed seven people."))
                .filteredOn(t -> t.contains(" 19")).isNotEmpty().allMatch(t -> t.startsWith("--- "));
        assertThat(named("A drone attack on a police station in Kunduz killed three officers."))
                .filteredOn(t -> t.contains(" 19")).isNotEmpty().noneMatch(t -> t.contains("COP '") || t.startsWith("AFGCOP"));
        // its modifier, possessor or "by" phrase did
        assertThat(triples("An Israeli air strike on a house in Rafah killed seven people."))
                .anyMatch(t -> t.startsWith("ISR ") && t.contains(" 19"));
        assertThat(triples("Attacks by Hamas on Israeli towns killed ten people."))
                .anyMatch(t -> t.startsWith("PSEREBHMS ") && t.contains(" 19"));
    }

    @Test
    void aMemberOfAnArmedGroupIsThatGroupNotItsCountrysForcesNorTheArticlesOtherGroup() {
        // "a commander of", "fighters of", "a spokesman for" an armed group belong to it
        assertThat(triples("A commander of the Taliban attacked a police post in Kunduz."))
                .anyMatch(t -> t.startsWith("AFGREB AFGCOP 19")).noneMatch(t -> t.startsWith("AFGMIL"));
        assertThat(triples("Fighters of the Tigray People's Liberation Front attacked a base. "
                + "Fighters of the Oromo Liberation Army attacked Ethiopian troops near Nekemte."))
                .anyMatch(t -> t.startsWith("ETHREB ETHMIL 19"));
        assertThat(named("Fighters of the Tigray People's Liberation Front attacked a base. "
                + "Fighters of the Arakan Army attacked a junta outpost.")).noneMatch(t -> t.startsWith("ETHREB MMR"));
        // a state body of the group's country stays that state's
        assertThat(triples("A commander of the Syrian army attacked the rebels near Aleppo."))
                .anyMatch(t -> t.startsWith("SYRMIL "));
    }

    @Test
    void aPronounStandsForTheNearestSubjectThatFitsEvenOneNoDictionaryNames() {
        // "they" are the gunmen, not a country named in passing
        assertThat(pipeline.code(Texts.article("Nigerian police said gunmen stormed a village in Zamfara on Monday. "
                + "They killed five people and abducted 20 others.")).stream()
                .filter(e -> e.evidence().sentence() == 1 && e.source() != null && "They".equals(e.source().text())))
                .isNotEmpty().allSatisfy(e -> assertThat(e.source().cameo()).isEqualTo("---UAF"));
    }

    @Test
    void theOneAccusedOfAnActDidItAsClaimedNotTheAccuser() {
        assertThat(triples("Russia accused Ukraine of attacking the plant.")).contains("RUS UKR 112")
                .noneMatch(t -> t.startsWith("RUS ") && t.contains(" 19"));
        assertThat(pipeline.code(Texts.article("Hamas accused Israel of bombing a school in Gaza City on Monday.")))
                .filteredOn(e -> e.cameo().startsWith("19")).isNotEmpty().allSatisfy(e -> {
                    assertThat(e.source().cameo()).isEqualTo("ISR");
                    assertThat(e.modality()).isEqualTo(Modality.CLAIMED);
                });
        // "by" doing: the doer's own means
        assertThat(triples("The Syrian army repelled the attack by killing 20 rebels."))
                .noneMatch(t -> t.startsWith("SYRREB "));
    }

    @Test
    void peopleCapturedAreDetainedNoTerritoryTaken() {
        assertThat(triples("The Indian navy captured 23 pirates off the coast of Somalia."))
                .anyMatch(t -> t.startsWith("INDMIL ") && t.endsWith(" 173")).noneMatch(t -> t.endsWith(" 192"));
        // positions and towns are territory
        assertThat(triples("Rebels captured Syrian army positions near Hama.")).anyMatch(t -> t.endsWith(" 192"));
        assertThat(triples("Hayat Tahrir al-Sham fighters captured the city of Hama.")).anyMatch(t -> t.endsWith(" 192"));
    }
}
