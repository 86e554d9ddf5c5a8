package dev.kulis.text;

/**
 * A 64K lookup table of the character classes the tokenizer branches on, so the scanning loop costs an array
 * read per character instead of {@link Character#getType} calls.
 */
final class CharClass {
    static final byte OTHER = 0;
    static final byte SPACE = 1;
    static final byte LOWER = 2;
    static final byte UPPER = 3;
    /** a letter without case (titlecase, modifier, other letters) or a combining mark */
    static final byte LETTER = 4;
    static final byte DIGIT = 5;
    /** the underscore: part of words, handles and e-mails, but not a letter */
    static final byte JOINER = 6;

    private static final byte[] TABLE = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            TABLE[c] = classify((char) c);
        }
    }

    private CharClass() {
    }

    private static byte classify(char c) {
        if (c < 0x20 || c == 0x7F || c == 0x85 || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        if (c == '_') {
            return JOINER;
        }
        switch (Character.getType(c)) {
            case Character.LOWERCASE_LETTER:
                return LOWER;
            case Character.UPPERCASE_LETTER:
                return UPPER;
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return LETTER;
            case Character.DECIMAL_DIGIT_NUMBER:
                return DIGIT;
            default:
                return OTHER;
        }
    }

    static byte of(char c) {
        return TABLE[c];
    }

    static boolean isSpace(char c) {
        return TABLE[c] == SPACE;
    }

    static boolean isWordChar(char c) {
        return TABLE[c] >= LOWER;
    }

    static boolean isLetter(char c) {
        byte k = TABLE[c];
        return k >= LOWER && k <= LETTER;
    }

    static boolean isLetterOrDigit(char c) {
        byte k = TABLE[c];
        return k >= LOWER && k <= DIGIT;
    }

    static boolean isDigit(char c) {
        return TABLE[c] == DIGIT;
    }

    static boolean isLower(char c) {
        return TABLE[c] == LOWER;
    }

    static boolean isUpper(char c) {
        return TABLE[c] == UPPER;
    }
}
