package org.sitrep.cli;

/** A command used in a way it cannot be: the message is one line for the user. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
