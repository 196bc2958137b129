package com.mangaassist.localaws.ses;

/** A request SES would refuse, with the error type the AWS SDK maps to its exception class. */
final class SesException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorType;

    SesException(int status, String errorType, String message) {
        super(message);
        this.status = status;
        this.errorType = errorType;
    }

    static SesException badRequest(String message) {
        return new SesException(400, "BadRequestException", message);
    }

    int status() {
        return status;
    }

    String errorType() {
        return errorType;
    }
}
