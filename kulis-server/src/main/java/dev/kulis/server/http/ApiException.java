package dev.kulis.server.http;

/** An API failure with the HTTP status and a message fit for the client. */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException tooLarge(long max) {
        return new ApiException(413, "request body larger than " + max + " bytes");
    }
}
