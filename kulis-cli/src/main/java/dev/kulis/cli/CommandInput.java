package dev.kulis.cli;

import dev.kulis.read.Decoded;
import dev.kulis.read.TextDecoder;
import dev.kulis.read.UnreadableException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text input of the line-oriented commands ({@code ner}, {@code tokenize}, {@code lemma}): a file or
 * standard input ({@code -}). A file up to {@link #DETECT_BYTES} is read whole so that its encoding can be
 * detected (UTF-8 as it is; Windows-1254, ISO-8859-9, UTF-16 said on standard error); binary data and missing
 * files get a message naming the input. A stream, or a larger file, is read as UTF-8 with any malformed bytes
 * as U+FFFD: one line still gives one line, so the output stays aligned with the input.
 */
final class CommandInput {
    static final long DETECT_BYTES = 256L << 20;

    private CommandInput() {
    }

    /** The reader, or null after a message on standard error ({@code kulis <command>: <input>: <problem>}). */
    static BufferedReader open(String input, String command) throws IOException {
        if ("-".equals(input)) {
            return lenient(System.in);
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            System.err.println("kulis " + command + ": " + input + ": no such file");
            return null;
        }
        if (Files.size(file) > DETECT_BYTES) {
            return lenient(Files.newInputStream(file));
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            return new BufferedReader(new StringReader(""));
        }
        try {
            if (!hasNul(bytes)) {
                return new BufferedReader(new StringReader(
                        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString()));
            }
        } catch (CharacterCodingException notUtf8) {
            // another encoding: detected below
        }
        try {
            Decoded d = TextDecoder.decode(bytes);
            System.err.println("kulis " + command + ": " + input + ": not UTF-8, read as " + d.charset());
            return new BufferedReader(new StringReader(d.text()));
        } catch (UnreadableException e) {
            System.err.println("kulis " + command + ": " + input + ": not text (" + e.getMessage() + ")");
            return null;
        }
    }

    private static BufferedReader lenient(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
