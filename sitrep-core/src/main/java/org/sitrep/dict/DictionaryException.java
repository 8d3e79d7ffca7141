package org.sitrep.dict;

/** A dictionary file that cannot be read; the message names the file and line. */
public class DictionaryException extends RuntimeException {

    public DictionaryException(String message) {
        super(message);
    }
}
