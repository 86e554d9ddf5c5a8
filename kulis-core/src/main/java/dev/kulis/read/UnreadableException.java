package dev.kulis.read;

/**
 * Input that cannot be read as an article: empty, binary, too large, malformed. The message is the reason,
 * short and meant for a person ({@code binary data (NUL bytes)}).
 */
public final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableException(String reason) {
        super(reason);
    }
}
