package org.sitrep.nlp;

import java.time.LocalDate;

/**
 * A time expression found by SUTime and normalised against the article's date.
 *
 * @param sentence   0-based sentence index
 * @param startToken first token (inclusive)
 * @param endToken   last token (exclusive)
 * @param start      character offset (inclusive)
 * @param end        character offset (exclusive)
 * @param text       the expression as written
 * @param type       TIMEX3 type: DATE, TIME, DURATION, SET
 * @param value      TIMEX3 value as SUTime gives it ({@code 2024-12-05}, {@code PAST_REF}, {@code 2024-W49})
 * @param date       the calendar day it denotes, {@code null} unless it denotes one day or a part of one
 * @param precision  {@code day}, {@code month}, {@code year}, {@code week}, or {@code null} when the
 *                   expression names no calendar date
 */
public record TimeExpression(int sentence, int startToken, int endToken, int start, int end, String text,
                             String type, String value, LocalDate date, String precision) {

    /**
     * The first day of what the expression names: its day, or the first day of a month ("2017-12") or a year
     * ("2019") at that precision; {@code null} for anything else (a week, a duration, a reference).
     */
    public LocalDate firstDay() {
        if (date != null) {
            return date;
        }
        String v = value == null ? "" : value;
        if ("month".equals(precision) && v.matches("\\d{4}-\\d{2}")) {
            return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)), 1);
        }
        if ("year".equals(precision) && v.matches("\\d{4}")) {
            return LocalDate.of(Integer.parseInt(v), 1, 1);
        }
        return null;
    }
}
