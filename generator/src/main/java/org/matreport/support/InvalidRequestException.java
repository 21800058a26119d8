package org.matreport.support;

/** What was asked of the engine cannot be done as asked (an output folder inside the trust folder, say). */
public final class InvalidRequestException extends MatreportException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(Kind.INVALID_REQUEST, message, null);
    }
}
