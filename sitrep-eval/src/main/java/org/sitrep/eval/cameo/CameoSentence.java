package org.sitrep.eval.cameo;

import java.util.List;
import org.sitrep.events.CameoTypes;

/**
 * One sentence of the ConfliBERT CAMEO set.
 *
 * @param line    0-based line in the class file
 * @param text    the sentence
 * @param label   its class: 0 statement, 1 verbal cooperation, 2 material cooperation, 3 verbal
 *                conflict, 4 material conflict
 * @param sources gold source spans (token texts joined by spaces), {@code null} when the span file has no such sentence
 * @param targets gold target spans, {@code null} likewise
 */
public record CameoSentence(int line, String text, int label, List<String> sources, List<String> targets) {

    public boolean hasSpans() {
        return sources != null;
    }

    /**
     * The class of a CAMEO code as the ConfliBERT set's own labels often have it, where reduced
     * relations (16) are verbal conflict (3) rather than material.
     */
    public static Integer setClassOf(String cameo) {
        Integer c = classOf(cameo);
        return c != null && c == 4 && cameo.startsWith("16") ? Integer.valueOf(3) : c;
    }

    /** CAMEO's quad classes: 01–02 → 0; 03–05 → 1; 06–08 → 2; 09–13 → 3; 14–20 → 4 ({@link CameoTypes#quad}). */
    public static Integer classOf(String cameo) {
        return CameoTypes.quad(cameo);
    }
}
