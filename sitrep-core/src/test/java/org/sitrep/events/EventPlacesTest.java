package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.geo.Place;
import org.sitrep.geo.Toponym;
import org.sitrep.geo.ToponymUse;
import org.sitrep.mentions.ToponymFinder;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenSpan;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.testing.FakePlaces;
import org.sitrep.testing.Texts;

/** "the city", "the province", "the capital": the place of that kind the article named before, or none. */
class EventPlacesTest {

    static final Place IDLIB = new Place(null, "Idlib Governorate", 35.83, 36.70, "SY", "Idlib Governorate", "A", "ADM1", 0, "SY.12");
    static final Place KENYA = new Place(192950L, "Kenya", 1.0, 38.0, "KE", null, "A", "PCLI", 0);
    static final Place NAIROBI = new Place(184745L, "Nairobi", -1.28, 36.82, "KE", "Nairobi Area", "P", "PPLC", 0);
    static final Place MOMBASA = new Place(186301L, "Mombasa", -4.05, 39.66, "KE", "Mombasa", "P", "PPLA", 0);

    /** FakePlaces and a few more one-word names, all literal. */
    static final class MorePlaces implements ToponymFinder {
        private static final Map<String, Place> MORE = Map.of("Idlib", IDLIB, "Kenya", KENYA, "Nairobi", NAIROBI,
                "Mombasa", MOMBASA);

        @Override
        public List<Toponym> find(AnnotatedDoc doc, Collection<TokenSpan> reserved) {
            List<Toponym> out = new ArrayList<>(new FakePlaces().find(doc, reserved));
            for (Sentence s : doc.sentences()) {
                for (Token t : s.tokens()) {
                    Place p = MORE.get(t.word());
                    if (p != null) {
                        out.add(new Toponym(new TokenSpan(s.index(), t.index(), t.index() + 1), t.start(), t.end(),
                                t.word(), ToponymUse.LITERAL, p, 0.9));
                    } else if (t.word().equals("Bunagana")) {
                        out.add(new Toponym(new TokenSpan(s.index(), t.index(), t.index() + 1), t.start(), t.end(),
                                t.word(), ToponymUse.LITERAL, null, 0.5)); // a place the gazetteer lacks
                    } else if (t.word().equals("Kenyan")) {
                        out.add(new Toponym(new TokenSpan(s.index(), t.index(), t.index() + 1), t.start(), t.end(),
                                t.word(), ToponymUse.DEMONYM, KENYA, 0.9));
                    }
                }
            }
            return out;
        }
    }

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.create(DictionaryFiles.bundled(), CoreNlpAnnotator.shared(), new MorePlaces());
    }

    /** The place names of the events whose trigger is the given word. */
    static List<String> placesOf(String text, String trigger) {
        List<EventRecord> events = pipeline.code(Texts.article(text)).stream()
                .filter(e -> e.trigger() != null && e.trigger().equals(trigger)).toList();
        assertThat(events).as("events triggered by %s", trigger).isNotEmpty();
        return events.stream().map(e -> e.place() == null ? "none" : e.place().name()).toList();
    }

    @Test
    void theCityIsTheNearestCityNamedBefore() {
        assertThat(placesOf("Syrian troops shelled Aleppo and Damascus on Monday. On Tuesday rebels entered Hama. "
                + "Government aircraft bombed the city on Wednesday.", "bombed")).containsOnly("Hama");
    }

    @Test
    void theCityIsNoCityOutsideTheProvinceNamedSince() {
        // Aleppo is not in Idlib Governorate: "the city" is some city of Idlib the article has not named
        assertThat(placesOf("Syrian troops shelled Aleppo on Monday. On Tuesday rebels advanced in Idlib. "
                + "Government aircraft bombed the city on Wednesday.", "bombed")).containsOnly("none");
    }

    @Test
    void theTownAfterAPlaceTheGazetteerLacksIsNoOlderTown() {
        assertThat(placesOf("Syrian troops shelled Aleppo on Monday. On Tuesday rebels entered Bunagana. "
                + "Government aircraft bombed the town on Wednesday.", "bombed")).containsOnly("none");
    }

    @Test
    void theProvinceIsTheProvinceNamedBeforeNeverATown() {
        assertThat(placesOf("Rebels advanced in Idlib on Monday. Later they entered Hama. "
                + "Government aircraft bombed the province on Wednesday.", "bombed")).containsOnly("Idlib");
        assertThat(placesOf("Rebels entered Hama on Monday. Government aircraft bombed the province on Wednesday.",
                "bombed")).containsOnly("none");
    }

    @Test
    void theCapitalIsTheCapitalOfTheCountryNamedLast() {
        assertThat(placesOf("Protesters marched in Nairobi on Monday. On Tuesday they gathered in Mombasa. "
                + "Police attacked protesters in the capital on Wednesday.", "attacked")).containsOnly("Nairobi");
        // the capital of Kenya, not Damascus named earlier in the article
        assertThat(placesOf("Syrian troops shelled Damascus on Monday. Kenyan protesters marched in Mombasa. "
                + "Police attacked protesters in the capital on Wednesday.", "attacked")).containsOnly("none");
    }
}
