package org.onrecord.ingest;

/** An input that cannot be read as a document; the message says why, in words a user can act on. */
final class BadInputException extends Exception {
    BadInputException(String message) {
        super(message);
    }
}
