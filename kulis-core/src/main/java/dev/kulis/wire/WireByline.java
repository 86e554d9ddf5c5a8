package dev.kulis.wire;

/**
 * What a byline says.
 *
 * @param reporter the reporter's name in title case ({@code Umut Karakoyun}), or null
 * @param city     the dateline place in its usual spelling ({@code İzmir}), or null
 * @param agency   the agency, normalised ({@code AA}, {@code DHA}…), null when absent or written {@code ()}
 * @param end      index in the text just after the byline's closing dash and the spaces after it
 */
public record WireByline(String reporter, String city, String agency, int end) {
}
