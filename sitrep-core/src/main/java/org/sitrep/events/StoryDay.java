package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The day a story is about. A story published on Wednesday that opens with "Israeli strikes on Tuesday
 * killed five people" tells of Tuesday's events: its later tellings without a day of their own ("the
 * agency said three children were killed in the raid") happened that Tuesday, not on the day of the
 * report. The story's day is the first day the opening sentences give to an act of their own, when it
 * lies in the week before the report; the acts dated only by the report take it, with the basis
 * {@code story}, unless the sentence before dates its own act: then they take that day ("On May 17,
 * troops destroyed a base. Vehicles were destroyed, the group said."). What is announced or planned
 * keeps the report's day.
 */
final class StoryDay {

    /** How many sentences open a story (the headline counts as one). */
    static final int OPENING = 4;
    /** How far before the report the story's day may lie, in days. */
    static final int WEEK = 7;

    private StoryDay() {
    }

    static List<EventRecord> apply(List<EventRecord> events, LocalDate report) {
        if (report == null) {
            return events;
        }
        LocalDate found = dayOf(events, report);
        LocalDate day = found == null ? report : found;
        java.util.Map<Integer, LocalDate> told = new java.util.HashMap<>();
        for (EventRecord e : events) {
            if ("text".equals(e.dateBasis()) && "day".equals(e.datePrecision()) && e.date() != null) {
                told.putIfAbsent(e.evidence().sentence(), e.date());
            }
        }
        List<EventRecord> out = new ArrayList<>(events.size());
        for (EventRecord e : events) {
            boolean fromReport = "report".equals(e.dateBasis()) && report.equals(e.date());
            if (!fromReport || e.modality() == Modality.FUTURE) {
                out.add(e);
                continue;
            }
            // "On May 17, troops destroyed a base. Vehicles were destroyed.": the day the sentence before gives
            LocalDate before = told.get(e.evidence().sentence() - 1);
            if (before != null && !before.isAfter(report)) {
                out.add(e.withDate(before, "day", "story"));
            } else {
                out.add(day.equals(report) ? e : e.withDate(day, "day", "story"));
            }
        }
        return out;
    }

    /** The story's day, or null when its opening gives none or the report's. */
    static LocalDate dayOf(List<EventRecord> events, LocalDate report) {
        if (report == null) {
            return null;
        }
        EventRecord first = null;
        for (EventRecord e : events) {
            if (e.evidence().sentence() < OPENING && "text".equals(e.dateBasis()) && "day".equals(e.datePrecision())
                    && e.date() != null && !e.date().isAfter(report) && !e.date().isBefore(report.minusDays(WEEK))
                    && (first == null || e.evidence().sentence() < first.evidence().sentence())) {
                first = e;
            }
        }
        return first == null ? null : first.date();
    }
}
