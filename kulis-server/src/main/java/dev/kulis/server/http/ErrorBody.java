package dev.kulis.server.http;

/** The JSON of every API error: {@code {"status":404,"error":"Not Found","message":"…"}}. */
public record ErrorBody(int status, String error, String message) {

    public static ErrorBody of(int status, String message) {
        return new ErrorBody(status, reason(status), message);
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}
