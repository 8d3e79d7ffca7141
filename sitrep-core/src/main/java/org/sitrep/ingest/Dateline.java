package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that only gives the story's date (and perhaps time):
 * "December 5, 2024 Hour: 9:28 am", "Published: 5 Dec 2024 09:28 GMT", "2024-12-05T09:28:00Z".
 */
final class Dateline {

    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
            MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
    }

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|"
            + "October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String PREFIX = "^(?:(?:Published|Updated|Posted|Last updated|Date)\\s*(?:on|at)?\\s*:?\\s*)?"
            + "(?:(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";
    private static final String TIME = "(?:[\\s,|-]*(?:Hour|Time|at)?\\s*:?\\s*(?<hour>\\d{1,2})[:.](?<minute>\\d{2})"
            + "(?::\\d{2})?\\s*(?<ampm>[ap]\\.?\\s?m\\.?)?(?:\\s*\\(?[A-Z]{2,5}(?:[+-]\\d{1,2})?\\)?)?)?\\s*$";
    private static final Pattern MDY = Pattern.compile(PREFIX + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile(PREFIX + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(?<year>\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(PREFIX + "(?<year>\\d{4})-(?<mon>\\d{2})-(?<day>\\d{2})"
            + "(?:[T ](?<hour>\\d{2}):(?<minute>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private Dateline() {
    }

    /** The date and time the line gives, or empty when the line is anything but a dateline. */
    static Optional<Published> parse(String line) {
        String t = line.strip();
        if (t.length() > 80) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {MDY, DMY, ISO}) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                return Optional.ofNullable(build(m, p == ISO));
            }
        }
        return Optional.empty();
    }

    private static Published build(Matcher m, boolean iso) {
        try {
            int year = Integer.parseInt(m.group("year"));
            Month month = iso ? Month.of(Integer.parseInt(m.group("mon")))
                    : MONTHS.get(m.group("month").toLowerCase(Locale.ROOT).replace(".", ""));
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group("day")));
            String hour = m.group("hour");
            if (hour == null) {
                return new Published(date, null);
            }
            int h = Integer.parseInt(hour);
            int min = Integer.parseInt(m.group("minute"));
            if (!iso) {
                String ampm = m.group("ampm");
                if (ampm != null) {
                    boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                    if (h == 12) {
                        h = pm ? 12 : 0;
                    } else if (pm) {
                        h += 12;
                    }
                }
            }
            return new Published(date, LocalTime.of(h, min));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
