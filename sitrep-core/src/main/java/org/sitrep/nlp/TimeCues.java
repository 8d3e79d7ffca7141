package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A cheap test of whether SUTime can find, in a sentence, a time expression the event coder reads: a
 * date ("On Thursday", "March 3", "in 1987", "last week", "yesterday"), a span up to the report ("in
 * recent days", "during the past few hours") or a reference to the past ("previously"). Each of these
 * rests on at least one word of a closed set (names of days, months, seasons and feasts; units of
 * time; deictic words) or on a number written as a year, a date or a clock time. A sentence with none
 * of them gives the coder nothing from SUTime, so the fast path does not run it there.
 *
 * <p>The test leans to yes: a cue only lets SUTime run; SUTime still decides.
 */
public final class TimeCues {

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private static final Set<String> WORDS = Stream.concat(WEEKDAYS.stream(), Stream.of(
            // days (above) and months, with their abbreviations
            "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec",
            // deictic words
            "today", "tonight", "yesterday", "tomorrow", "now", "currently", "current", "presently", "present",
            "nowadays", "recent", "recently", "previously", "earlier", "later", "lately", "formerly", "former",
            "past", "last", "next", "ago", "once", "then", "future", "soon", "shortly", "coming", "upcoming",
            "meantime", "meanwhile",
            // parts of the day, units and periods of time
            "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights",
            "overnight", "noon", "midday", "midnight", "dawn", "dusk", "daybreak", "nightfall", "sunrise",
            "sunset", "day", "days", "daily", "weekend", "weekends", "week", "weeks", "weekly", "fortnight",
            "month", "months", "monthly", "quarter", "quarters", "year", "years", "yearly", "annual",
            "annually", "decade", "decades", "century", "centuries", "millennium", "hour", "hours", "minute",
            "minutes", "second", "seconds", "season", "seasons", "spring", "summer", "autumn", "fall", "winter",
            "a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "est", "edt", "pst", "pdt", "cet",
            // feasts SUTime knows
            "christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "hanukkah", "passover",
            "holiday", "holidays", "valentine", "kippur", "diwali", "lent")).collect(Collectors.toUnmodifiableSet());

    /** Years (1987, 1980s, '80s), dates (5/12/2024, 2024-12-05), ordinals (5th) and clock times (9:28). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:1[0-9]|20)\\d\\d(?:s|'s)?|'\\d\\ds|\\d{1,4}[/-]\\d{1,2}(?:[/-]\\d{1,4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}:\\d\\d(?:[ap]\\.?m\\.?)?|\\d{1,2}[ap]\\.?m\\.?"
                    + "|\\d{1,2}h\\d\\d|\\d{3,4}(?:gmt|utc|z)",
            Pattern.CASE_INSENSITIVE);

    private TimeCues() {
    }

    /** Whether SUTime may find something the coder reads among these words (tokens as written). */
    public static boolean any(List<String> words) {
        for (String w : words) {
            if (cue(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word names a day of the week ("Sunday"), a time whether or not SUTime marks it. */
    public static boolean weekday(String word) {
        return WEEKDAYS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether one token is a cue. */
    public static boolean cue(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (WORDS.contains(lower)) {
            return true;
        }
        if (lower.length() > 1 && lower.endsWith(".") && WORDS.contains(lower.substring(0, lower.length() - 1))) {
            return true; // "Dec.", "Thurs."
        }
        int dash = lower.lastIndexOf('-');
        if (dash > 0 && dash < lower.length() - 1 && WORDS.contains(lower.substring(dash + 1))) {
            return true; // "mid-December", "two-day", "year-end" is caught by its first part below
        }
        if (dash > 0 && WORDS.contains(lower.substring(0, dash))) {
            return true;
        }
        return Character.isDigit(lower.charAt(0)) || lower.charAt(0) == '\'' ? NUMBER.matcher(lower).matches()
                : false;
    }
}
