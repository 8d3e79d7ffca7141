package org.sitrep.nlp;

import org.sitrep.ingest.InputException;

/**
 * An article that would take more work than {@link WorkLimits} allow: too many tokens, or over its
 * time budget. The message is one line for the user; batch commands report the article and skip it.
 */
public final class TooMuchWorkException extends InputException {

    public TooMuchWorkException(String message) {
        super(message);
    }
}
