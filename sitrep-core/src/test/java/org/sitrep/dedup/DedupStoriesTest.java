package org.sitrep.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sitrep.events.CameoTypes;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;
import org.sitrep.ingest.Published;
import org.sitrep.output.EventTables;

/**
 * Invented stories told by several outlets, each with the events that must become one record and the
 * look-alikes that must not: two shootings on one day in two towns, two arrests of two people.
 */
class DedupStoriesTest {

    static final EventRecord.PlaceRef RIVERTON = new EventRecord.PlaceRef("Riverton", 9000001L, "Riverton", 41.20,
            -95.10, "US", "Iowa", "city");
    static final EventRecord.PlaceRef MILLBROOK = new EventRecord.PlaceRef("Millbrook", 9000002L, "Millbrook", 39.70,
            -89.40, "US", "Illinois", "city");

    /** A telling: {@code who} and {@code whom} are words of the text (no dictionary id) unless they look like codes. */
    static Report tell(String doc, int sentence, String published, String cameo, String who, String whom,
                       EventRecord.PlaceRef place, String date, String basis) {
        EventRecord r = new EventRecord(doc + "#" + sentence + "/" + cameo, doc,
                date == null ? null : LocalDate.parse(date), date == null ? null : "day", basis, cameo,
                CameoTypes.plover(cameo), null, side(who), side(whom), place, Modality.ASSERTED,
                new EventRecord.Attribution(null, doc, List.of()),
                new EventRecord.Evidence(doc, sentence, sentence * 100, sentence * 100 + 90, "sentence " + sentence),
                List.of(), "t", 0.6);
        return new Report(r, "https://" + doc + ".example/story", doc, new Published(LocalDate.parse(published), null));
    }

    static EventRecord.Participant side(String words) {
        if (words == null) {
            return null;
        }
        boolean code = words.matches("[A-Z]{3}(_[A-Z]{3})?");
        return new EventRecord.Participant(words, code ? words : null, code ? words : null, null);
    }

    /** The events as sets of telling ids, in a form that does not depend on order. */
    static TreeSet<String> shape(List<Event> events) {
        TreeSet<String> out = new TreeSet<>();
        for (Event e : events) {
            TreeSet<String> ids = new TreeSet<>();
            e.reports().forEach(r -> ids.add(r.record().id()));
            out.add(e.id() + "=" + ids);
        }
        return out;
    }

    static Event eventOf(List<Event> events, String recordId) {
        return events.stream().filter(e -> e.reports().stream().anyMatch(r -> r.record().id().equals(recordId)))
                .findFirst().orElseThrow();
    }

    /** Two office shootings on one day: one in Riverton told by three outlets, one in Millbrook told by one. */
    static List<Report> shootings() {
        return List.of(
                // the Riverton Gazette names the town and the gunman
                tell("gazette", 0, "2031-03-14", "193", "Mark Delaney", "co-workers", RIVERTON, "2031-03-13", "text"),
                tell("gazette", 1, "2031-03-14", "190", "the gunman", "his former boss", null, "2031-03-13", "text"),
                // a wire story: "a former employee" is the man it names later
                tell("wire", 0, "2031-03-14", "180", "a former employee", "two people", null, "2031-03-13", "text"),
                tell("wire", 3, "2031-03-14", "193", "Mark Delaney", null, null, "2031-03-13", "text"),
                // a radio station: no name, but the town
                tell("radio", 0, "2031-03-13", "190", "a man", "workers", RIVERTON, "2031-03-13", "report"),
                // the same day in Millbrook, another gunman in another office
                tell("courier", 0, "2031-03-14", "193", "a man", "co-workers", MILLBROOK, "2031-03-13", "text"),
                tell("courier", 1, "2031-03-14", "190", "the gunman", null, null, "2031-03-13", "text"));
    }

    @Test
    void oneShootingToldByThreeOutletsIsOneEventAndTheOtherTownsIsAnother() {
        List<Event> events = new Deduplicator().cluster(shootings());
        Event riverton = eventOf(events, "gazette#0/193");
        assertThat(riverton.reports()).extracting(r -> r.record().id())
                .containsExactlyInAnyOrder("gazette#0/193", "gazette#1/190", "wire#0/180", "wire#3/193", "radio#0/190");
        assertThat(riverton.numArticles()).isEqualTo(3);
        Event millbrook = eventOf(events, "courier#0/193");
        assertThat(millbrook.id()).isNotEqualTo(riverton.id());
        assertThat(millbrook.reports()).extracting(r -> r.record().id())
                .containsExactlyInAnyOrder("courier#0/193", "courier#1/190");
        assertThat(events).hasSize(2);
    }

    @Test
    void twoReportsOfAnUnnamedAttackerMeetThroughTheNameTheirArticlesGive() {
        // no place anywhere: only the name ties "the gunman" and "a former employee" together
        List<Report> reports = List.of(
                tell("gazette", 0, "2031-03-14", "193", "Mark Delaney", "co-workers", null, "2031-03-13", "text"),
                tell("gazette", 1, "2031-03-14", "190", "the gunman", "his former boss", null, "2031-03-13", "text"),
                tell("wire", 0, "2031-03-14", "180", "a former employee", "two people", null, "2031-03-13", "text"),
                tell("wire", 3, "2031-03-14", "193", "Mr. Mark Delaney", null, null, "2031-03-13", "text"),
                tell("wire", 4, "2031-03-14", "190", "Delaney", null, null, "2031-03-13", "text"));
        List<Event> events = new Deduplicator().cluster(reports);
        assertThat(events).hasSize(1);
        DedupRules.Context context = new DedupRules.Context(reports);
        assertThat(context.telling(reports.get(2)).sourceName()).isEqualTo("mark delaney");
        assertThat(context.telling(reports.get(3)).sourceName()).as("a title").isEqualTo("mark delaney");
        assertThat(context.telling(reports.get(4)).sourceName()).as("a last name").isEqualTo("mark delaney");
    }

    @Test
    void twoArticlesAboutAManThatNameNobodyAndNoPlaceAreNotMerged() {
        List<Event> events = new Deduplicator().cluster(List.of(
                tell("a", 0, "2031-03-14", "190", "a man", "workers", null, "2031-03-13", "text"),
                tell("b", 0, "2031-03-14", "190", "the gunman", "workers", null, "2031-03-13", "text")));
        assertThat(events).hasSize(2);
    }

    /** A lineman stopped, arrested and charged, told by three outlets; a receiver arrested the same day, same city. */
    static List<Report> arrests() {
        return List.of(
                tell("tribune", 0, "2031-02-03", "171", "CHP officers", "Williams", null, "2031-02-01", "text"),
                tell("tribune", 1, "2031-02-03", "173", "police", "Dwayne Williams", RIVERTON, "2031-02-01", "text"),
                tell("sports", 0, "2031-02-04", "173", null, "lineman Dwayne Williams", null, "2031-02-04", "report"),
                tell("courts", 2, "2031-02-03", "1121", "prosecutors", "Dwayne Williams", null, "2031-02-03", "report"),
                // another player, arrested the same night in the same city
                tell("daily", 0, "2031-02-02", "173", "police", "Tony Marsh", RIVERTON, "2031-02-01", "text"),
                tell("daily", 1, "2031-02-02", "171", null, "Marsh", null, "2031-02-01", "text"));
    }

    @Test
    void anArrestToldAsStoppedArrestedAndChargedIsOneEventAndAnotherPersonsArrestAnother() {
        List<Event> events = new Deduplicator().cluster(arrests());
        Event williams = eventOf(events, "tribune#1/173");
        assertThat(williams.reports()).extracting(r -> r.record().id()).containsExactlyInAnyOrder(
                "tribune#0/171", "tribune#1/173", "sports#0/173", "courts#2/1121");
        Event marsh = eventOf(events, "daily#0/173");
        assertThat(marsh.reports()).extracting(r -> r.record().id())
                .containsExactlyInAnyOrder("daily#0/173", "daily#1/171");
        assertThat(events).hasSize(2);
    }

    @Test
    void theArticlesPlaceJoinsTellingsButNeverPartsThem() {
        List<Report> reports = List.of(
                tell("a", 0, "2031-05-02", "190", "a gunman", "shoppers", RIVERTON, "2031-05-01", "text"),
                tell("a", 1, "2031-05-02", "180", null, "three people", null, "2031-05-01", "text"),
                tell("b", 0, "2031-05-02", "190", null, "shoppers", RIVERTON, "2031-05-01", "text"));
        DedupRules.Context context = new DedupRules.Context(reports);
        DedupRules.Telling placed = context.telling(reports.get(1));
        assertThat(placed.place().geonameid()).isEqualTo(9000001L);
        assertThat(placed.articlePlace()).as("marked as the article's, not the sentence's").isTrue();
        assertThat(reports.get(1).record().place()).as("the telling itself is left as coded").isNull();
        assertThat(context.telling(reports.get(0)).articlePlace()).isFalse();
        assertThat(new Deduplicator().cluster(reports)).hasSize(1)
                .allSatisfy(e -> assertThat(e.placeBasis()).isEqualTo(Event.PLACE_FROM_TEXT));

        // an event no telling places takes its article's place, marked as such
        List<Report> arrest = new ArrayList<>(reports);
        arrest.add(tell("a", 5, "2031-05-02", "173", "police", "Ann Kowalski", null, "2031-05-01", "text"));
        Event arrested = eventOf(new Deduplicator().cluster(arrest), "a#5/173");
        assertThat(arrested.head().place().geonameid()).isEqualTo(9000001L);
        assertThat(arrested.placeBasis()).isEqualTo(Event.PLACE_FROM_ARTICLE);
        assertThat(arrested.reports().get(0).record().place()).isNull();

        // a named attacker told in an article about Millbrook and one about Riverton: the article places do not part them
        List<Report> named = List.of(
                tell("c", 0, "2031-05-02", "190", "Ann Kowalski", null, null, "2031-05-01", "text"),
                tell("c", 1, "2031-05-02", "190", "police", null, MILLBROOK, "2031-05-01", "text"),
                tell("d", 0, "2031-05-02", "190", "Ann Kowalski", null, null, "2031-05-01", "text"),
                tell("d", 1, "2031-05-02", "173", "police", "Ann Kowalski", RIVERTON, "2031-05-01", "text"));
        List<Event> events = new Deduplicator().cluster(named);
        assertThat(eventOf(events, "c#0/190").id()).isEqualTo(eventOf(events, "d#0/190").id());
    }

    @Test
    void aTextDateWinsOverTheReportsAndRetoldBackgroundKeepsItsOwnDate() {
        List<Report> reports = new ArrayList<>(List.of(
                // "on Sunday" in a Tuesday story; a Monday story dated only by its report; a story a week later
                tell("a", 0, "2031-02-04", "190", "Dwayne Williams", "a guard", null, "2031-02-02", "text"),
                tell("b", 0, "2031-02-03", "190", "Dwayne Williams", "a guard", null, "2031-02-03", "report"),
                tell("c", 0, "2031-02-09", "190", "Dwayne Williams", "a guard", null, "2031-02-09", "report")));
        // a killing in 1987, retold at a trial: its year, not the trial's day
        EventRecord old = tell("d", 4, "2031-02-03", "190", "Carl Jensen", "a clerk", RIVERTON, null, null).record();
        reports.add(new Report(new EventRecord(old.id(), old.doc(), LocalDate.of(1987, 1, 1), "year", "text",
                old.cameo(), old.plover(), null, old.source(), old.target(), old.place(), old.modality(),
                old.attribution(), old.evidence(), List.of(), "t", 0.6), "https://d.example/story", "d",
                new Published(LocalDate.of(2031, 2, 3), null)));
        reports.add(tell("e", 0, "2031-02-03", "190", "Carl Jensen", "a clerk", RIVERTON, "2031-02-01", "text"));
        List<Event> events = new Deduplicator().cluster(reports);
        assertThat(eventOf(events, "a#0/190").id()).isEqualTo(eventOf(events, "b#0/190").id());
        assertThat(eventOf(events, "c#0/190").id()).as("a week after the told day").isNotEqualTo(eventOf(events, "a#0/190").id());
        assertThat(eventOf(events, "d#4/190").id()).as("1987 is not 2031").isNotEqualTo(eventOf(events, "e#0/190").id());
        assertThat(eventOf(events, "d#4/190").date()).isEqualTo(LocalDate.of(1987, 1, 1));
    }

    @Test
    void theSameTellingsInAnyOrderGiveTheSameEvents() {
        List<Report> all = new ArrayList<>();
        all.addAll(shootings());
        all.addAll(arrests());
        all.addAll(LabelledSet.load().stream().map(LabelledSet.Item::report).toList());
        TreeSet<String> first = shape(new Deduplicator().cluster(all));
        Random random = new Random(21);
        for (int i = 0; i < 20; i++) {
            List<Report> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            assertThat(shape(new Deduplicator().cluster(shuffled))).isEqualTo(first);
        }
        Collections.reverse(all);
        assertThat(shape(new Deduplicator().cluster(all))).isEqualTo(first);
    }

    @Test
    void aTellingIsComparedWithTheWholeEventNotOnlyItsSeed() {
        // the seed (most specific: source, target, place, text date) and a telling that shares only the target
        // with another member: it joins through that member, not through the seed
        List<Report> reports = List.of(
                tell("a", 0, "2031-06-02", "173", "police", "Lena Ortiz", RIVERTON, "2031-06-01", "text"),
                tell("b", 0, "2031-06-02", "173", null, "Ortiz", RIVERTON, "2031-06-01", "text"),
                tell("b", 1, "2031-06-02", "173", null, "Lena Ortiz", null, null, null),
                tell("c", 0, "2031-06-03", "1121", "prosecutors", "Lena Ortiz", null, "2031-06-03", "report"));
        List<Event> events = new Deduplicator().cluster(reports);
        assertThat(eventOf(events, "c#0/1121").id()).isEqualTo(eventOf(events, "a#0/173").id());
        // complete agreement: a telling dated a week later cannot join through a chain of overlapping windows
        List<Report> chain = List.of(
                tell("x", 0, "2031-06-01", "190", "Lena Ortiz", null, null, "2031-06-01", "report"),
                tell("y", 0, "2031-06-04", "190", "Lena Ortiz", null, null, "2031-06-04", "report"),
                tell("z", 0, "2031-06-07", "190", "Lena Ortiz", null, null, "2031-06-07", "report"));
        List<Event> chained = new Deduplicator().cluster(chain);
        assertThat(eventOf(chained, "x#0/190").id()).isNotEqualTo(eventOf(chained, "z#0/190").id());
    }

    @Test
    void theGdeltMentionsExportHasARowForEveryTellingOfAnEvent() {
        List<Event> events = new Deduplicator().cluster(shootings());
        Event riverton = eventOf(events, "gazette#0/193");
        List<List<String>> rows = EventTables.gdeltMentions(riverton, null);
        assertThat(rows).hasSize(riverton.numMentions()).hasSize(riverton.reports().size());
        Map<String, Integer> byOutlet = new TreeMap<>();
        rows.forEach(r -> byOutlet.merge(r.get(4), 1, Integer::sum));
        assertThat(byOutlet).containsEntry("gazette", 2).containsEntry("wire", 2).containsEntry("radio", 1);
        assertThat(rows).extracting(r -> r.get(0)).containsOnly(rows.get(0).get(0));
    }
}
