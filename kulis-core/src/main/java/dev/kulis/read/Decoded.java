package dev.kulis.read;

import java.util.List;

/**
 * A decoded text.
 *
 * @param text    the text, repaired
 * @param charset the encoding the bytes were read in: {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE},
 *                {@code windows-1254}, {@code ISO-8859-9}, or {@code UTF-8+windows-1254} for a mix
 * @param repairs what was changed on the way, one short sentence each (empty when nothing was)
 */
public record Decoded(String text, String charset, List<String> repairs) {
    public Decoded {
        repairs = List.copyOf(repairs);
    }
}
