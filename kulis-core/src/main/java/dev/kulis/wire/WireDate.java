package dev.kulis.wire;

/**
 * A date read from a wire header.
 *
 * @param iso       ISO 8601 at the precision given ({@code 2019}, {@code 2019-01}, {@code 2019-11-26})
 * @param precision {@code year}, {@code month} or {@code day}
 * @param end       index in the text just after the date and the separators that follow it
 * @param keyword   true when the date was introduced by the {@code date} keyword, which makes it a header
 *                  line for sure
 */
public record WireDate(String iso, String precision, int end, boolean keyword) {
}
