package org.matreport.engine;

/** What was asked of the engine cannot be done as asked (an output folder inside the trust folder, say). */
public final class InvalidRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
