package org.sitrep.eval.acled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.events.EventRecord;
import org.sitrep.events.Modality;
import org.sitrep.ingest.InputException;

class AcledNotesTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path p = dir.resolve("notes.tsv");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void notesAreReadWithTheirHalvesAndUnknownFatalitiesStayNull() throws IOException {
        List<AcledNotes.Note> notes = AcledNotes.read(file("# a comment\n"
                + "2023-03-04\tSoldiers clashed with rebels.\tBattles\tArmed clash\t4\n\n"
                + "2023-03-05\tPolice arrested a journalist.\tStrategic developments\tArrests\t\n"
                + "2023-03-06\tProtesters marched.\tProtests\tPeaceful protest\n"));
        assertThat(notes).extracting(AcledNotes.Note::half)
                .containsExactly(AcledNotes.Half.TUNE, AcledNotes.Half.CHECK, AcledNotes.Half.TUNE);
        assertThat(notes.get(0).fatalities()).isEqualTo(4);
        assertThat(notes.get(0).date()).isEqualTo(LocalDate.of(2023, 3, 4));
        assertThat(notes.get(1).fatalities()).isNull();
        assertThat(notes.get(2).fatalities()).isNull();
        assertThat(notes.get(1).line()).isEqualTo(4);
    }

    @Test
    void aBadLineIsOneClearError() throws IOException {
        Path bad = file("2023-13-04\ttext\tBattles\tArmed clash\t1\n");
        assertThatThrownBy(() -> AcledNotes.read(bad)).isInstanceOf(InputException.class)
                .hasMessageContaining(":1:").hasMessageContaining("no date");
        Path dead = file("2023-03-04\ttext\tBattles\tArmed clash\tmany\n");
        assertThatThrownBy(() -> AcledNotes.read(dead)).hasMessageContaining("no whole number");
        Path fields = file("2023-03-04\ttext only\n");
        assertThatThrownBy(() -> AcledNotes.read(fields)).hasMessageContaining("found 2 fields");
    }

    @Test
    void theShippedNotesHoldAtLeastFivePerSubTypeOfTheCodebook() throws IOException {
        List<AcledNotes.Note> notes = AcledNotes.read(Path.of("..", "examples", "acled", "notes.tsv"));
        var bySub = new java.util.TreeMap<String, Integer>();
        notes.forEach(n -> bySub.merge(n.eventType() + ": " + n.subEventType(), 1, Integer::sum));
        assertThat(bySub).hasSize(25);
        assertThat(bySub.values()).allMatch(n -> n >= 5);
    }

    private static EventRecord event(String sub, String type, double confidence, int start) {
        return new EventRecord("e" + start, "d", null, null, null, "190", null,
                type == null ? null : new EventRecord.Acled(type, sub), null, null, null, Modality.ASSERTED,
                new EventRecord.Attribution(null, null, List.of()),
                new EventRecord.Evidence("d", 0, start, start + 10, "text"), List.of(), "hit", confidence);
    }

    @Test
    void theMainEventIsTheSurestWithAnAcledTypeTheFirstOnTies() {
        EventRecord untyped = event(null, null, 0.9, 0);
        EventRecord late = event("Armed clash", "Battles", 0.5, 40);
        EventRecord early = event("Attack", "Violence against civilians", 0.5, 10);
        assertThat(AcledEvaluation.main(List.of(untyped, late, early))).isSameAs(early);
        assertThat(AcledEvaluation.main(List.of(untyped))).isNull();
    }

    @Test
    void theSummaryCountsTypesSubTypesFatalitiesAndTheConfusion() {
        AcledNotes.Note n1 = new AcledNotes.Note(1, LocalDate.of(2023, 1, 1), "t", "Battles", "Armed clash", 2,
                AcledNotes.Half.TUNE);
        AcledNotes.Note n2 = new AcledNotes.Note(2, LocalDate.of(2023, 1, 1), "t", "Riots", "Mob violence", null,
                AcledNotes.Half.CHECK);
        EventRecord right = event("Armed clash", "Battles", 0.5, 0).withCasualties(2, null);
        EventRecord wrong = event("Attack", "Violence against civilians", 0.5, 0);
        AcledEvaluation.Summary s = AcledEvaluation.summarize(List.of(
                new AcledEvaluation.Result(n1, right, List.of(right)),
                new AcledEvaluation.Result(n2, wrong, List.of(wrong))));
        assertThat(s.eventType()).isEqualTo(new AcledEvaluation.Score(1, 2));
        assertThat(s.subEventType()).isEqualTo(new AcledEvaluation.Score(1, 2));
        assertThat(s.fatalities()).isEqualTo(new AcledEvaluation.Score(1, 1));
        assertThat(s.untyped()).isEqualTo(new AcledEvaluation.Score(0, 2));
        assertThat(s.confusion().get("Riots")).containsEntry("Violence against civilians", 1);
    }
}
