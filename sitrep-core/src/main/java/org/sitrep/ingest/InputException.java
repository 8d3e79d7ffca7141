package org.sitrep.ingest;

/** Input that cannot be read as an article; the message is one line meant for the user. */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
