package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.TextArticleParser;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.TokenSpan;

/** The geoparser over real CoreNLP annotations (one shared pipeline per test JVM). */
class GeoparserTest {

    private static final Geoparser GEO = new Geoparser();

    private static AnnotatedDoc annotate(String text) {
        Article a = TextArticleParser.parse(text, "test");
        return CoreNlpAnnotator.shared().annotate(a);
    }

    private static List<Toponym> parse(String text) {
        return GEO.parse(annotate(text));
    }

    private static Toponym first(List<Toponym> ts, String text) {
        Optional<Toponym> t = ts.stream().filter(x -> x.text().equals(text)).findFirst();
        assertThat(t).as("toponym %s in %s", text, ts).isPresent();
        return t.get();
    }

    @Test
    void hamaInASyrianStoryIsTheCityAndLiteral() {
        List<Toponym> ts = parse("Syrian rebels said on Thursday that fighting continued in Hama, and that the "
                + "army had withdrawn from the city.");
        Toponym hama = first(ts, "Hama");
        assertThat(hama.use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(hama.place().geonameId()).isEqualTo(170017L);
        assertThat(hama.place().lat()).isEqualTo(35.13179);
        assertThat(hama.place().lon()).isEqualTo(36.75783);
        assertThat(hama.place().featureCode()).isEqualTo("PPLA");
        assertThat(hama.start()).isEqualTo(hama.span().startToken() >= 0 ? hama.start() : -1);
        assertThat(first(ts, "Syrian").use()).isEqualTo(ToponymUse.DEMONYM);
        assertThat(first(ts, "Syrian").place().country()).isEqualTo("SY");
    }

    @Test
    void aNameKnownAsARegionIsTheRegionNotATownOfTheSameName() {
        List<Toponym> ts = parse("Fighting continued in Sagaing region on Tuesday, and aid groups in Darfur and "
                + "the Donbas warned of shortages.");
        Place sagaing = first(ts, "Sagaing").place();
        assertThat(sagaing.featureCode()).isEqualTo("ADM1");
        assertThat(sagaing.name()).isEqualTo("Sagaing Region");
        assertThat(sagaing.id()).isEqualTo("MM.10");
        Place darfur = first(ts, "Darfur").place();
        assertThat(darfur.precision()).isEqualTo("region");
        assertThat(darfur.country()).isEqualTo("SD");
        assertThat(Distance.km(darfur.lat(), darfur.lon(), 13.0, 24.5)).isLessThan(200);
        Place donbas = first(ts, "Donbas").place();
        assertThat(donbas.precision()).isEqualTo("region");
        assertThat(donbas.country()).isEqualTo("UA");
    }

    @Test
    void theCanonicalExampleFindsHamaAndTheGovernmentInDamascus() throws Exception {
        Article a = new Ingest().read(Path.of("..", "examples", "hama", "article.txt"));
        AnnotatedDoc doc = CoreNlpAnnotator.shared().annotate(a);
        List<Toponym> ts = GEO.parse(doc);
        assertThat(ts.stream().filter(t -> t.text().equals("Hama")))
                .isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.use()).isEqualTo(ToponymUse.LITERAL);
                    assertThat(t.place().geonameId()).isEqualTo(170017L);
                });
        Toponym damascus = first(ts, "Damascus");
        assertThat(damascus.use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(damascus.place().geonameId()).isEqualTo(170654L);
        assertThat(a.text().substring(damascus.start(), damascus.end())).isEqualTo("Damascus");
    }

    @Test
    void chinaIsTheCountryNotATexasTown() {
        Toponym china = first(parse("Exports to China rose sharply last year, officials in Beijing said."), "China");
        assertThat(china.use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(china.place().isCountry()).isTrue();
        assertThat(china.place().country()).isEqualTo("CN");
    }

    @Test
    void parisIsInFranceUnlessTheTextNamesTexas() {
        Toponym fr = first(parse("Thousands marched through Paris on Saturday against the pension reform."), "Paris");
        assertThat(fr.place().country()).isEqualTo("FR");
        List<Toponym> ts = parse("A tornado struck Paris on Saturday. The storm crossed northeast Texas overnight, "
                + "damaging homes in Lamar County.");
        Toponym tx = first(ts, "Paris");
        assertThat(tx.place().country()).isEqualTo("US");
        assertThat(tx.place().geonameId()).isEqualTo(4717560L);
    }

    @Test
    void metonymicCapitals() {
        assertThat(first(parse("The army loyal to Damascus withdrew from the city."), "Damascus").use())
                .isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(parse("Washington said the sanctions would stay in place."), "Washington").use())
                .isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(parse("Moscow warned that it would respond."), "Moscow").use())
                .isEqualTo(ToponymUse.METONYMIC);
        List<Toponym> talks = parse("The talks between Seoul and Tokyo ended without a deal.");
        assertThat(first(talks, "Seoul").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(talks, "Tokyo").use()).isEqualTo(ToponymUse.METONYMIC);
    }

    @Test
    void literalPlacesStayLiteral() {
        List<Toponym> ts = parse("Heavy fighting was reported in Hama and near Homs on Friday.");
        assertThat(first(ts, "Hama").use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(first(ts, "Homs").use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(first(ts, "Homs").place().country()).isEqualTo("SY");
    }

    @Test
    void demonymsAreNotPlaces() {
        List<Toponym> ts = parse("Iraqi troops and Syrian rebels clashed at the border.");
        assertThat(first(ts, "Iraqi").use()).isEqualTo(ToponymUse.DEMONYM);
        assertThat(first(ts, "Iraqi").place().country()).isEqualTo("IQ");
        assertThat(first(ts, "Syrian").use()).isEqualTo(ToponymUse.DEMONYM);
    }

    @Test
    void personAndOrganisationNamesAreNotToponyms() {
        List<Toponym> ts = parse("The psychologist Jordan Peterson spoke to students on Monday.");
        assertThat(ts).filteredOn(t -> t.text().equals("Jordan"))
                .allSatisfy(t -> {
                    assertThat(t.use()).isEqualTo(ToponymUse.NON_TOPONYM);
                    assertThat(t.place()).isNull();
                });
        // a month is not a place, even where a town is named May
        assertThat(parse("The offensive began in May and ended in June.")).noneMatch(t -> t.text().equals("May"));
    }

    @Test
    void reservedSpansAreNeverOverlapped() {
        AnnotatedDoc doc = annotate("Fighters of the Levant Liberation Organization entered Hama on Thursday.");
        // find the tokens of the organisation name
        var s = doc.sentences().get(0);
        int from = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).word().equals("Levant")) {
                from = i;
            }
        }
        TokenSpan org = new TokenSpan(0, from, from + 3);
        List<Toponym> ts = GEO.parse(doc, List.of(org));
        assertThat(ts).noneMatch(t -> t.span().overlaps(org));
        assertThat(first(ts, "Hama").place().geonameId()).isEqualTo(170017L);
        assertThat(GEO.parse(doc)).anyMatch(t -> t.text().equals("Levant"));
    }

    @Test
    void unknownNamesGetNoInventedCoordinates() {
        List<Toponym> ts = parse("Protesters gathered on Frenchmen Street and in the Middle East.");
        Toponym street = first(ts, "Frenchmen Street");
        assertThat(street.use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(street.place()).isNull();
        Toponym me = first(ts, "Middle East");
        assertThat(me.place()).isNull();
    }
    @Test
    void placesThatSayWherePeopleLiveAreAssociative() {
        List<Toponym> ts = parse("In a survey of 706 Orange County residents, most said they wanted change. "
                + "Deep down we feel that the people of Mexico were deceived. David Unsworth is a Boston native.");
        assertThat(first(ts, "Orange County").use()).isEqualTo(ToponymUse.ASSOCIATIVE);
        assertThat(first(ts, "Orange County").place()).isNotNull();
        assertThat(first(ts, "Mexico").use()).isEqualTo(ToponymUse.ASSOCIATIVE);
        assertThat(first(ts, "Boston").use()).isEqualTo(ToponymUse.ASSOCIATIVE);
    }

    @Test
    void aSubjectTheParseMissesIsStillAnAgent() {
        List<Toponym> ts = parse("The latest escalation comes after the U.S. on Tuesday said it would impose "
                + "25 percent duties on $50 billion of imports from China.");
        assertThat(first(ts, "U.S.").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(ts, "China").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void aSingularNameWithAPluralVerbIsATeam() {
        List<Toponym> ts = parse("Beyond Madinaty, Liverpool have other academy branches in Rehab and New Cairo.");
        assertThat(first(ts, "Liverpool").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(ts, "New Cairo").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void aDemonymOfPlacesJobsAndCountriesLocatesButTroopsStayDemonyms() {
        List<Toponym> ts = parse("Cheap imports destroyed millions of American jobs, while Iraqi troops "
                + "patrolled the border and some European countries expelled diplomats.");
        assertThat(first(ts, "American").use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(first(ts, "American").place().country()).isEqualTo("US");
        assertThat(first(ts, "Iraqi").use()).isEqualTo(ToponymUse.DEMONYM);
        assertThat(first(ts, "European").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void titlesAndPersonsOfAPlace() {
        List<Toponym> ts = parse("The statue was unveiled by the Ambassador Extraordinary and Plenipotentiary of "
                + "the Republic of Armenia to the Holy See. The record was set by Charlotte Smith of North Carolina "
                + "in 1994.");
        assertThat(first(ts, "Republic of Armenia").use()).isNotEqualTo(ToponymUse.LITERAL);
        assertThat(first(ts, "North Carolina").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void namesInsideAPersonsNameAreNoPlaces() {
        List<Toponym> ts = parse("This was the plantation of Bernard Xavier Philippe de Marigny de Mandeville, who "
                + "lived in a mansion. Years before the Marigny family came into possession of this land, it was a "
                + "farm.");
        assertThat(ts.stream().filter(t -> t.text().equals("Mandeville") || t.text().equals("Marigny")))
                .allSatisfy(t -> assertThat(t.use()).isEqualTo(ToponymUse.NON_TOPONYM));
    }
    @Test
    void anAbbreviationAtTheEndOfASentenceKeepsItsPeriod() {
        String text = "The new homes are at 8024 Turtle Creek Cir., Gainesville, Va.";
        List<Toponym> ts = parse(text);
        Toponym va = first(ts, "Va.");
        assertThat(va.use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(va.place().country()).isEqualTo("US");
        assertThat(text.substring(va.start(), va.end())).isEqualTo("Va.");
    }

    @Test
    void aCountryNamedAfterAPrepositionIsNoDemonym() {
        List<Toponym> ts = parse("One copy of the statue was erected in Vatican, the other in Echmiadzin.");
        assertThat(first(ts, "Vatican").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void anUnknownPlaceShownByItsCueIsThatPlaceEverywhereInTheDocument() {
        List<Toponym> ts = parse("He works as a house painter in the small town of Kasba Bonli in northwestern "
                + "India. Handouts for farmers helped turn once-deprived Kasba Bonli into a thriving retail centre.");
        assertThat(ts.stream().filter(t -> t.text().equals("Kasba Bonli"))).hasSize(2)
                .allSatisfy(t -> assertThat(t.use()).isEqualTo(ToponymUse.LITERAL));
        assertThat(ts).noneMatch(t -> t.text().equals("Kasba"));
    }

    @Test
    void aDivisionNamedWithItsGenericWordAfterACityIsStillAPlace() {
        List<Toponym> ts = parse("Soldiers paraded at the headquarters of Operation Lafiya Dole in Maiduguri Borno "
                + "State on Sunday.");
        assertThat(first(ts, "Borno State").use()).isEqualTo(ToponymUse.LITERAL);
    }
    @Test
    void aTeamNamedLikeASmallTownNearbyIsTheBigPlacesTeam() {
        List<Toponym> ts = parse("Mississippi State beat Connecticut on Friday. The Bulldogs then outlasted "
                + "Louisville in overtime, and Vivians had 25 points against Louisville.");
        assertThat(ts.stream().filter(t -> t.text().equals("Louisville"))).isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.use()).isEqualTo(ToponymUse.METONYMIC);
                    assertThat(t.place().population()).isGreaterThan(100_000);
                });
    }

    @Test
    void aFullCountryNameWithAPossessiveIsOneName() {
        List<Toponym> ts = parse("The issue is connected to the security threat facing the Democratic People's "
                + "Republic of Korea for a long time.");
        Toponym dprk = first(ts, "Democratic People's Republic of Korea");
        assertThat(dprk.place().country()).isEqualTo("KP");
        assertThat(ts).noneMatch(t -> t.text().equals("Republic of Korea"));
    }
    @Test
    void regionsNamedWithTheirArticle() {
        List<Toponym> ts = parse("Saudi Arabia imposed an embargo on a fellow US ally in the Gulf, Qatar. "
                + "Relations between Russia and the West are in crisis. The Bank of Mexico kept rates.");
        Toponym gulf = first(ts, "Gulf");
        assertThat(gulf.use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(gulf.place()).isNull(); // a region without an agreed point: never invented
        assertThat(first(ts, "West").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(ts).noneMatch(t -> t.text().equals("Bank"));
    }

    @Test
    void aCountryOfSeveralWordsAfterAPrepositionIsNotTheStartOfAPersonsName() {
        List<Toponym> ts = parse("The medal went to the Ambassador of the Republic of Armenia to the Holy See "
                + "Mikayel Minasyan.");
        assertThat(first(ts, "Holy See").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void aTeamCarriedToAResultIsAnAgent() {
        List<Toponym> ts = parse("Leading the scoring charts, Salah helped fire Egypt to a first World Cup "
                + "appearance in 28 years. Paul scored 27 points to help Houston get its second straight victory.");
        assertThat(first(ts, "Egypt").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(ts, "Houston").use()).isEqualTo(ToponymUse.METONYMIC);
    }

    @Test
    void coordinatedNamesShareAPluralGeographicNoun() {
        List<Toponym> ts = parse("Volunteers filled sandbags in Walton and Oconee counties on Friday. "
                + "The parade turned from Bourbon and Dauphine streets toward the river.");
        for (String name : List.of("Walton", "Oconee")) {
            Toponym t = first(ts, name);
            assertThat(t.use()).as(name).isEqualTo(ToponymUse.LITERAL);
            assertThat(t.place().featureCode()).as(name).isEqualTo("ADM2");
            assertThat(t.place().country()).as(name).isEqualTo("US");
            assertThat(t.place().admin1()).as(name).isEqualTo("Georgia");
        }
        assertThat(first(ts, "Dauphine").use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(first(ts, "Dauphine").place()).isNull(); // a street the gazetteer does not have
        assertThat(first(ts, "Bourbon").place()).isNull();
        assertThat(ts).noneMatch(t -> t.text().contains("counties") || t.text().contains("streets"));
    }

    @Test
    void aPersonAndAPlaceBeforeAPluralNounAreNoListOfDivisions() {
        List<Toponym> ts = parse("The shift has been the work of the artist Banksy and London boroughs' efforts.");
        assertThat(ts).noneMatch(t -> t.text().equals("Banksy") && t.use() == ToponymUse.LITERAL);
    }

    @Test
    void aStateThatHoldsAnotherNameOfTheStoryBeatsTheCountryOfThatName() {
        List<Toponym> ts = parse("Police in Albany arrested two men on Tuesday after a month-long inquiry, the "
                + "Georgia Bureau of Investigation said.");
        Toponym georgia = first(ts, "Georgia");
        assertThat(georgia.place().country()).isEqualTo("US");
        assertThat(georgia.place().featureCode()).isEqualTo("ADM1");
        Toponym albany = first(ts, "Albany");
        assertThat(albany.use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(albany.place().geonameId()).isEqualTo(4179320L); // Albany, Georgia
    }

    @Test
    void theDivisionMostNamesOfALocalStoryLieInPlacesTheAmbiguousOnes() {
        List<Toponym> ts = parse("An Alexandria man was taken to the Douglas County Hospital and later to the "
                + "St. Cloud Hospital, where he remained on Tuesday. He had been driving home from Brainerd.");
        Toponym alexandria = first(ts, "Alexandria");
        assertThat(alexandria.place().geonameId()).isEqualTo(5016108L); // Alexandria, Minnesota, not Egypt
        assertThat(first(ts, "St. Cloud Hospital").use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(first(ts, "St. Cloud Hospital").place()).isNull();
    }

    @Test
    void sidesOfARelationACaseOrAResultAreAgents() {
        List<Toponym> ts = parse("The Rockets swept their season series with Portland. The case is U.S. v. Chen, "
                + "a court in Boston said. Leeds won at home before holding Fulham to a draw at Craven Cottage.");
        assertThat(first(ts, "Portland").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(ts, "U.S.").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(ts, "Fulham").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(ts, "Boston").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void aPlaceListedWithLeadersAndNationsIsOneOfThem() {
        List<Toponym> ts = parse("The Pentagon is deeply concerned about a vacuum in Syria, as are Israel, Arab "
                + "leaders and other nations in the coalition.");
        assertThat(first(ts, "Israel").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(ts, "Syria").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void aVerbTheParseLeftWithoutSubjectTakesTheNameBeforeIt() {
        List<Toponym> ts = parse("Through the various phases of political instability Africa has faced, the "
                + "reviewer told the audience that the civil service had been the arm of the state.");
        assertThat(first(ts, "Africa").use()).isEqualTo(ToponymUse.METONYMIC);
        List<Toponym> lit = parse("Delegations attending the meeting held in Caracas discussed the possibility "
                + "of new mines.");
        assertThat(first(lit, "Caracas").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void abbreviatedMonthsAndCompassWordsBeforeANameAreNoPlaces() {
        List<Toponym> ts = parse("The credit is available through Nov. 30, officials in Northeast Georgia said.");
        assertThat(ts).noneMatch(t -> t.text().startsWith("Nov"));
        assertThat(ts).noneMatch(t -> t.text().equals("Northeast"));
        Toponym georgia = first(ts, "Georgia");
        assertThat(georgia.use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(georgia.start()).isEqualTo(georgia.end() - "Georgia".length());
    }

    @Test
    void aPlaceWrittenAgainstAPersonsNameIsPartOfIt() {
        List<Toponym> ts = parse("The young pianist was chosen by Barry Douglas for the summer school.");
        assertThat(ts).filteredOn(t -> t.text().equals("Barry"))
                .allSatisfy(t -> assertThat(t.use()).isEqualTo(ToponymUse.NON_TOPONYM));
        List<Toponym> dateline = parse("SAN ANTONIO Turner Sports analyst Charles Barkley said the game was over.");
        assertThat(first(dateline, "SAN ANTONIO").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void aPlaceAfterACommaIsNoContainerWhenTheNameGoesOn() {
        List<Toponym> ts = parse("The forum was backed by Etisalat Digital, Dubai Police and several banks.");
        assertThat(first(ts, "Dubai").use()).isNotEqualTo(ToponymUse.LITERAL);
        List<Toponym> lit = parse("She grew up in Moscow, Russia, before she moved abroad.");
        assertThat(first(lit, "Russia").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void aPlaceThatStartsAnOrganisationsNameNamesTheOrganisation() {
        List<Toponym> ts = parse("The award went to the chairman of the Niger Delta Development Commission, and the "
                + "hearing moved to the Busan High Court on Friday.");
        assertThat(first(ts, "Niger").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(ts, "Busan").use()).isEqualTo(ToponymUse.METONYMIC);
    }

    @Test
    void aNameIntroducedByANounOfPersonsIsAPersons() {
        List<Toponym> ts = parse("Among those jailed were the activists Jordan Lee and Victoria Chan. She posed with "
                + "her sons Houston and Dallas. He was carrying his daughter, Paris, on his shoulders. Denver's "
                + "husband was at home.");
        assertThat(ts).filteredOn(t -> List.of("Houston", "Dallas", "Paris", "Denver").contains(t.text()))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.use()).isEqualTo(ToponymUse.NON_TOPONYM));
        List<Toponym> agent = parse("The minister told reporters Russia would respond, and street artists and Paris "
                + "museums joined the campaign.");
        assertThat(first(agent, "Russia").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(agent, "Paris").use()).isNotEqualTo(ToponymUse.NON_TOPONYM);
    }

    @Test
    void aPlaceThatSaysWhereSomeoneIsFromIsAssociative() {
        List<Toponym> ts = parse("A Fresno man was arrested on Tuesday, the Toledo chief of police said.");
        assertThat(first(ts, "Fresno").use()).isEqualTo(ToponymUse.ASSOCIATIVE);
        assertThat(first(ts, "Toledo").use()).isEqualTo(ToponymUse.ASSOCIATIVE);
    }

    @Test
    void namesInAppositionToANounOfThingsNameThoseThingsThroughoutTheDocument() {
        List<Toponym> ts = parse("Three house designs — Wakefield, Stamford and Lexington — are for sale. "
                + "The Stamford has a larger kitchen.");
        assertThat(ts).filteredOn(t -> List.of("Wakefield", "Stamford", "Lexington").contains(t.text()))
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(t -> assertThat(t.use()).isEqualTo(ToponymUse.NON_TOPONYM));
        List<Toponym> places = parse("He toured three cities — Wakefield, Stamford and Lexington — last spring.");
        assertThat(first(places, "Stamford").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void aPlaceAfterAnOrganisationsNameIsItsSeat() {
        List<Toponym> ts = parse("Dr. Ada Eze, Vice Chancellor of the Federal University of Agriculture, Abeokuta, "
                + "spoke at the Lakeview Union Cemetery, Pottsville, on Sunday.");
        assertThat(first(ts, "Abeokuta").use()).isEqualTo(ToponymUse.ASSOCIATIVE);
        assertThat(first(ts, "Pottsville").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void aPlaceOfAnOrganisationStandsForItsState() {
        List<Toponym> ts = parse("The agency is the main intelligence service of the Russian Federation.");
        assertThat(first(ts, "Russian Federation").use()).isEqualTo(ToponymUse.METONYMIC);
    }

    @Test
    void aCapitalisedNounAfterAPlaceGoesOnWithTheName() {
        List<Toponym> ts = parse("Earlier on the night the mare had triumphed in the Dubai Turf over a mile.");
        assertThat(ts).filteredOn(t -> t.text().equals("Dubai"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.use()).isNotEqualTo(ToponymUse.LITERAL));
    }

    @Test
    void aConjunctAfterARepeatedPrepositionSharesTheFirstOnesRelation() {
        List<Toponym> ts = parse("Right now we are having a good moment of engaging with the United States and "
                + "with Canada.");
        assertThat(first(ts, "Canada").use()).isEqualTo(ToponymUse.METONYMIC);
    }

    @Test
    void anAbbreviationInBracketsRepeatsTheNameBeforeIt() {
        List<Toponym> ts = parse("He inspected the Grand Annual Review (GAR) of the academy. After the GAR, he "
                + "met officials of the United Arab Emirates (UAE) in Abuja.");
        assertThat(ts).filteredOn(t -> t.text().equals("GAR"))
                .allSatisfy(t -> assertThat(t.use()).isNotEqualTo(ToponymUse.LITERAL));
        assertThat(first(ts, "UAE").use()).isEqualTo(first(ts, "United Arab Emirates").use());
    }

    @Test
    void anUnknownNameAfterATitlesPrepositionIsNoPlace() {
        List<Toponym> ts = parse("She wrote on the website of Dignity in Dying, a campaign group, and visited "
                + "friends in Earlsheaton, a village.");
        assertThat(ts).noneMatch(t -> t.text().equals("Dying"));
        assertThat(first(ts, "Earlsheaton").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void buildingNamesWithASaintsPossessiveAnElidedArticleOrAPlaceAfterOf() {
        String text = "The service was held in St Andrew’s Chapel near Rue d’Orléans, and the fans gathered at "
                + "the SM Mall of Asia in Manila.";
        List<Toponym> ts = parse(text);
        assertThat(first(ts, "St Andrew’s Chapel").use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(first(ts, "Rue d’Orléans").place()).isNull();
        assertThat(first(ts, "SM Mall of Asia").use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(ts).noneMatch(t -> t.text().equals("Asia"));
    }

    @Test
    void aPlaceInANoblesStyleOrBeforeItsGoodsOrItsPartysAmbitionsIsNoScene() {
        List<Toponym> ts = parse("The shot killed Archduke Franz Ferdinand of Austria in 1914. Buyers praised the "
                + "quality of UK produce. Analysts weighed China's ruling Communist Party's development ambitions. "
                + "He promised to narrow a U.S. trade deficit with Mexico that stood at $70 billion last year.");
        assertThat(first(ts, "Austria").use()).isNotEqualTo(ToponymUse.LITERAL);
        assertThat(first(ts, "UK").use()).isNotEqualTo(ToponymUse.LITERAL);
        assertThat(first(ts, "China").use()).as("China").isEqualTo(ToponymUse.METONYMIC);
        assertThat(first(ts, "U.S.").use()).isEqualTo(ToponymUse.METONYMIC);
    }

    @Test
    void hyphenatedWordsJoinPlacesOnlyWhenThePartsAreBigOrNeighbours() {
        List<Toponym> ts = parse("The river will crest in Fargo-Moorhead on Friday, and DPRK-U.S. talks resumed. "
                + "He studied at IBA-Karachi and drove a Mercedes-Benz.");
        assertThat(first(ts, "Fargo").use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(first(ts, "Moorhead").use()).isEqualTo(ToponymUse.LITERAL);
        assertThat(first(ts, "DPRK").use()).isEqualTo(ToponymUse.METONYMIC);
        assertThat(ts).noneMatch(t -> t.text().equals("IBA") || t.text().equals("Karachi")
                || t.text().equals("Mercedes"));
    }

    @Test
    void whatPoliceArrestIsAPersonAndADenominationIsNoChurchBuilding() {
        List<Toponym> ts = parse("Agents arrested Deen and Villanueva in Manila. The Catholic Church is growing in "
                + "China, and mass was said at Holy Redeemer Church.");
        assertThat(ts).filteredOn(t -> t.text().equals("Villanueva"))
                .allSatisfy(t -> assertThat(t.use()).isEqualTo(ToponymUse.NON_TOPONYM));
        assertThat(ts).noneMatch(t -> t.text().equals("Catholic Church") && t.isLiteral());
        assertThat(first(ts, "Holy Redeemer Church").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void aPlaceWithAnAppositiveOfAnAgentIsOne() {
        List<Toponym> ts = parse("The delegation flew in from Qatar, a close ally of the United States, on Monday.");
        assertThat(first(ts, "Qatar").use()).isEqualTo(ToponymUse.METONYMIC);
        List<Toponym> lit = parse("The delegation flew in from Doha, the capital of Qatar, on Monday.");
        assertThat(first(lit, "Doha").use()).isEqualTo(ToponymUse.LITERAL);
    }

    @Test
    void theTownANewspapersNameIsGivenWithIsNoScene() {
        List<Toponym> ts = parse("The (Peoria) Journal Star reports that the plant in Decatur will close.");
        assertThat(first(ts, "Peoria").use()).isEqualTo(ToponymUse.ASSOCIATIVE);
        assertThat(first(ts, "Decatur").use()).isEqualTo(ToponymUse.LITERAL);
    }
}
