package org.sitrep.store;

/** The store cannot be opened, read or written; the message is one line meant for the user (printed as bad input). */
public class StoreException extends org.sitrep.ingest.InputException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
