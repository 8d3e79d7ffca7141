package org.sitrep.actors;

import java.time.LocalDate;

/**
 * A CAMEO actor code valid over a period: {@code [SYRGOV >000717]}. Either bound may be open.
 *
 * @param code CAMEO actor code
 * @param from first day it applies (inclusive), {@code null} for no lower bound
 * @param to   last day it applies (inclusive), {@code null} for no upper bound
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {

    public boolean isDefault() {
        return from == null && to == null;
    }

    public boolean appliesOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
