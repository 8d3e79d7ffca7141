package org.sitrep.eval.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One record of the PETRARCH/TABARI validation suite.
 *
 * @param id       its id
 * @param category its category (DEMO, ACTOR, VERB, AGENT, COMPOUND, PATTERN, ...)
 * @param date     the sentence's date, used as the document date
 * @param text     the sentence
 * @param expected the (source, target, CAMEO) triples it must give; empty when it must give none
 * @param error    the error it must raise (bad_input_parse, storydiscard, sentencediscard), or {@code null}
 * @param config   the suite's sticky {@code <Config>} options in force for it
 */
public record PetrarchRecord(String id, String category, LocalDate date, String text, List<Triple> expected,
                             String error, Map<String, String> config) {

    public PetrarchRecord {
        expected = List.copyOf(expected);
        config = Map.copyOf(config);
    }

    /** A coded event as the suite writes it; a missing actor is "---". */
    public record Triple(String source, String target, String code) {
        public List<String> asList() {
            return List.of(source, target, code);
        }
    }
}
