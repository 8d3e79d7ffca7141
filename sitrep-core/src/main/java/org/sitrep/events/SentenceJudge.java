package org.sitrep.events;

import java.util.List;

/**
 * A judge of sentences: for each, the probabilities of CAMEO's five quad classes (0 statements 01–02,
 * 1 verbal cooperation 03–05, 2 material cooperation 06–08, 3 verbal conflict 09–13, 4 material
 * conflict 14–20). The events stage asks it about the sentences its events rest on and weighs the
 * answer into their confidence; it never takes a code from it. {@code org.sitrep.judge.Judge} is the
 * learned one.
 */
@FunctionalInterface
public interface SentenceJudge {

    /** Per sentence, five probabilities that sum to 1. */
    float[][] classify(List<String> sentences);

    /** The most likely class of a row of probabilities (the first of equals). */
    static int best(float[] row) {
        int best = 0;
        for (int k = 1; k < row.length; k++) {
            if (row[k] > row[best]) {
                best = k;
            }
        }
        return best;
    }
}
