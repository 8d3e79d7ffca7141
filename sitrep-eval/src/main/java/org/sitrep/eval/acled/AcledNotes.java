package org.sitrep.eval.acled;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.InputException;

/**
 * A table of ACLED-coded notes: one line per note, {@code date<TAB>text<TAB>event_type<TAB>sub_event_type<TAB>fatalities}
 * (fatalities empty when the note does not say); lines starting with {@code #} and blank lines are comments.
 * Data lines count from 1: odd lines are the tune half, even lines the check half.
 */
public final class AcledNotes {

    public enum Half { TUNE, CHECK }

    /** One note: its day, text, ACLED type and sub-type, the fatalities (or {@code null}) and its half. */
    public record Note(int line, LocalDate date, String text, String eventType, String subEventType, Integer fatalities,
                       Half half) {
    }

    private AcledNotes() {
    }

    public static List<Note> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Note> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            String where = file + ":" + (i + 1) + ": ";
            if (f.length < 4 || f.length > 5) {
                throw new InputException(where + "expected date, text, event_type, sub_event_type, fatalities "
                        + "separated by tabs, found " + f.length + " fields");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(f[0].strip());
            } catch (DateTimeParseException e) {
                throw new InputException(where + "'" + f[0] + "' is no date (YYYY-MM-DD)");
            }
            Integer dead = null;
            if (f.length == 5 && !f[4].isBlank()) {
                try {
                    dead = Integer.parseInt(f[4].strip());
                } catch (NumberFormatException e) {
                    throw new InputException(where + "fatalities '" + f[4] + "' is no whole number");
                }
                if (dead < 0) {
                    throw new InputException(where + "fatalities " + dead + " is negative");
                }
            }
            if (f[1].isBlank() || f[2].isBlank()) {
                throw new InputException(where + "a note needs a text and an event type");
            }
            n++;
            out.add(new Note(i + 1, date, f[1].strip(), f[2].strip(), f[3].isBlank() ? null : f[3].strip(), dead,
                    n % 2 == 1 ? Half.TUNE : Half.CHECK));
        }
        if (out.isEmpty()) {
            throw new InputException(file + ": no notes");
        }
        return out;
    }
}
