package dev.kulis.text;

import static dev.kulis.text.CharClass.isDigit;
import static dev.kulis.text.CharClass.isLetter;
import static dev.kulis.text.CharClass.isLetterOrDigit;
import static dev.kulis.text.CharClass.isLower;
import static dev.kulis.text.CharClass.isSpace;
import static dev.kulis.text.CharClass.isUpper;
import static dev.kulis.text.CharClass.isWordChar;

import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Turkish text into tokens the way the UD Turkish treebanks (IMST, BOUN) do, scanning characters once.
 *
 * <p>Contract: tokens are in order, do not overlap, cover every non-whitespace character of the region, and
 * {@code token.text()} is {@code text.substring(start, end)} of the <em>original</em> string (normalization
 * by {@link Normalizer} only guides the decisions). {@code morph} is null.
 *
 * <p>Conventions (from the treebanks): a word keeps its apostrophe suffix ({@code Kocaoğlu'na},
 * {@code 2014'teki}, {@code Türkiye’nin}); numbers keep their inner separators ({@code 2.500.000},
 * {@code 5,8}, {@code 26.11.2019}, {@code 14:30}, {@code 06.19'da}) while {@code %}, hyphens, slashes between
 * words and brackets are tokens of their own ({@code 13-14} is three tokens); known abbreviations
 * ({@code Dr.}, {@code vb.}, {@code T.C.}), initials ({@code A.}), and ordinals ({@code 15. yıl},
 * {@code onyedi. yüzyıl}) keep their full stop; runs of dots ({@code ...}) and the ellipsis character are one
 * token; every quote mark is a token of its own, two apostrophes ({@code ''}) used as a quote mark being one.
 * URLs, e-mail addresses, hashtags and @mentions are single tokens.
 *
 * <p>Immutable and thread-safe; allocates only the tokens and their texts.
 */
public final class TurkishTokenizer {
    private final Normalizer normalizer;
    private final Abbreviations abbreviations;
    private final NumberWords numberWords;

    public TurkishTokenizer() {
        this(new Normalizer(), Abbreviations.standard());
    }

    public TurkishTokenizer(Normalizer normalizer, Abbreviations abbreviations) {
        this.normalizer = normalizer;
        this.abbreviations = abbreviations;
        this.numberWords = NumberWords.standard();
    }

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens of {@code text[from, to)}; their offsets are indices into {@code text}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 6));
        tokenize(text, from, to, out);
        return out;
    }

    /** Appends the tokens of {@code text[from, to)} to {@code out}. */
    public void tokenize(String text, int from, int to, List<Token> out) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("region [" + from + ", " + to + ") of " + text.length());
        }
        new Scan(normalizer.normalize(text, from, to), text, out).run();
    }

    /** The state of one scan over one region. */
    private final class Scan {
        private final NormalizedText norm;
        private final String s;
        private final int b;
        private final int e;
        private final String original;
        private final List<Token> out;
        private final int firstOut;
        private TokenKind kind;

        Scan(NormalizedText norm, String original, List<Token> out) {
            this.norm = norm;
            this.s = norm.text();
            this.b = norm.begin();
            this.e = norm.end();
            this.original = original;
            this.out = out;
            this.firstOut = out.size();
        }

        void run() {
            int i = b;
            while (i < e) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    i++;
                    continue;
                }
                int j;
                if (isWordChar(c)) {
                    j = isUrlStart(i) ? scanUrl(i) : scanWord(i, i);
                } else if (c == '?' && isLetter(at(i + 1)) && (i == b || !isLetterOrDigit(s.charAt(i - 1)))) {
                    j = scanWord(i, i + 1);   // a letter lost to a bad encoding: ?ehir (IMST keeps it in the word)
                } else {
                    j = scanOther(i, c);
                }
                emit(i, j);
                i = j;
            }
        }

        private void emit(int ns, int ne) {
            int os = norm.toOriginal(ns);
            int oe = norm.toOriginalEnd(ne);
            boolean spaceAfter = ne < e ? isSpace(s.charAt(ne)) : oe < original.length() && isSpace(original.charAt(oe));
            out.add(new Token(os, oe, original.substring(os, oe), kind, spaceAfter, null));
        }

        private char at(int i) {
            return i < e ? s.charAt(i) : 0;
        }

        // ---- words, numbers, abbreviations -------------------------------------------------------------

        /** A word starting at {@code i} whose word characters are scanned from {@code j}. */
        private int scanWord(int i, int j) {
            int dots = 0;
            boolean separators = false;
            while (true) {
                while (j < e && isWordChar(s.charAt(j))) {
                    j++;
                }
                if (j >= e) {
                    break;
                }
                char c = s.charAt(j);
                char next = at(j + 1);
                char prev = s.charAt(j - 1);
                if (c == '\'' && isLetter(next)) {
                    j = suffix(j);
                    break;
                } else if (c == '"' && isLetter(prev) && isLower(next)) {
                    j = suffix(j);          // BOUN: Zeki"yi, "Tekstilpark"ı
                    break;
                } else if (c == '.' && isLetterOrDigit(next)) {
                    if (missingSpace(i, j)) {
                        break;
                    }
                    dots++;
                    j++;
                } else if ((c == ',' || c == ':' || c == '/') && isDigit(prev) && isDigit(next)) {
                    separators = true;
                    j++;
                } else if (c == '@' && isLetterOrDigit(next)) {
                    kind = TokenKind.EMAIL;
                    return scanEmailDomain(j + 1);
                } else {
                    break;
                }
            }
            boolean digitStart = isDigit(s.charAt(i));
            if (at(j) == '.' && at(j + 1) != '.') {
                TokenKind dotted = fullStopKind(i, j, dots, separators);
                if (dotted != null) {
                    kind = dotted;
                    j++;
                    return at(j) == '\'' && isLetter(at(j + 1)) ? suffix(j) : j;
                }
            }
            kind = digitStart ? TokenKind.NUMBER : dots > 0 && isDomain(i, j) ? TokenKind.URL : TokenKind.WORD;
            return j;
        }

        /**
         * {@code verdi.Ancak}: a full stop between a lower-case word and a capitalised one is a sentence end
         * with the space left out, not a domain or an abbreviation ({@code kulis.com.tr}, {@code G.Saray},
         * {@code Ltd.Şti.} stay whole).
         */
        private boolean missingSpace(int i, int dot) {
            if (!isUpper(at(dot + 1)) || !isLower(at(dot + 2)) || dot - i < 2) {
                return false;
            }
            for (int k = i; k < dot; k++) {
                if (!isLower(s.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /** Consumes an apostrophe (or quote) and the letters after it: the suffix of a name or number. */
        private int suffix(int j) {
            do {
                j++;
                while (j < e && isWordChar(s.charAt(j))) {
                    j++;
                }
            } while (j < e && s.charAt(j) == '\'' && isLetter(at(j + 1)));   // Poor's'un
            return j;
        }

        /**
         * Whether the full stop at {@code j} belongs to the word {@code s[i, j)}, and the token's kind if so:
         * abbreviations, initials, ordinals. Null when the full stop is a token of its own.
         */
        private TokenKind fullStopKind(int i, int j, int dots, boolean separators) {
            char after = at(j + 1);
            boolean spaceAfter = after == 0 || isSpace(after);
            char nextWord = spaceAfter ? firstAfterSpace(j + 1) : after;
            int len = j - i;
            char first = s.charAt(i);
            if (isDigit(first)) {
                if (dots > 0 || separators || !allDigits(i, j) || !spaceAfter) {
                    return null;
                }
                // 15. yıl, 2. Dünya Savaşı; a year before an upper-case word ends a sentence; "2. Madde" at the
                // start of a line is a list marker (UD: "2" ".")
                if (isLower(nextWord) || (isUpper(nextWord) && len <= 3 && !startsSentence())) {
                    return TokenKind.NUMBER;
                }
                return null;
            }
            if (dots > 0) {
                // T.C., A.Ş., M.Ö.: short letter groups
                return shortGroups(i, j) ? TokenKind.ABBREVIATION : null;
            }
            if (!allLetters(i, j)) {
                return null;
            }
            if (len == 1 && isUpper(first)) {
                if (after == '\'' && isLetter(at(j + 2))) {
                    return TokenKind.ABBREVIATION;                                 // a surname's initial: T.'nin
                }
                return spaceAfter && isUpper(nextWord) ? TokenKind.ABBREVIATION : null;   // initials: A. Kaya
            }
            switch (abbreviations.use(s, i, j)) {
                case TITLE:
                case FINAL:
                    return TokenKind.ABBREVIATION;
                case NAME:
                    return spaceAfter && (isUpper(nextWord) || isDigit(nextWord)) ? TokenKind.ABBREVIATION : null;
                default:
                    break;
            }
            if (len >= 2 && len <= 6 && roman(i, j) && spaceAfter && isLetter(nextWord)) {
                return TokenKind.NUMBER;                                           // II. Dünya Savaşı
            }
            if (spaceAfter && isLower(nextWord) && isLower(first) && numberWords.matches(s, i, j)) {
                return TokenKind.WORD;                                             // onyedi. yüzyıl (IMST)
            }
            return null;
        }

        private char firstAfterSpace(int k) {
            while (k < e && isSpace(s.charAt(k))) {
                if (s.charAt(k) == '\n' || s.charAt(k) == '\r') {
                    return 0;          // a line break: nothing follows in this sentence
                }
                k++;
            }
            return at(k);
        }

        /** The token being scanned is the first of its region or follows a sentence-final mark. */
        private boolean startsSentence() {
            if (out.size() == firstOut) {
                return true;
            }
            String prev = out.get(out.size() - 1).text();
            char last = prev.charAt(prev.length() - 1);
            return prev.length() <= 3 && (last == '.' || last == '?' || last == '!' || last == '…' || last == ':');
        }

        private boolean allDigits(int i, int j) {
            for (int k = i; k < j; k++) {
                if (!isDigit(s.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        private boolean allLetters(int i, int j) {
            for (int k = i; k < j; k++) {
                if (!isLetter(s.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        private boolean shortGroups(int i, int j) {
            int group = 0;
            for (int k = i; k < j; k++) {
                char c = s.charAt(k);
                if (c == '.') {
                    group = 0;
                } else if (!isLetter(c) || ++group > 3) {
                    return false;
                }
            }
            return true;
        }

        private boolean roman(int i, int j) {
            for (int k = i; k < j; k++) {
                switch (s.charAt(k)) {
                    case 'I': case 'V': case 'X': case 'L': case 'C': case 'D': case 'M':
                        break;
                    default:
                        return false;
                }
            }
            return true;
        }

        /** kulis.com.tr, haber.gov.tr: letters and dots ending in a common top-level domain. */
        private boolean isDomain(int i, int j) {
            int dot = j - 1;
            while (dot > i && s.charAt(dot) != '.') {
                dot--;
            }
            int n = j - dot - 1;
            if (n < 2 || n > 4) {
                return false;
            }
            String[] tlds = {"com", "net", "org", "tr", "edu", "gov", "info", "io", "de", "uk", "eu", "biz"};
            for (String t : tlds) {
                if (t.length() == n && s.regionMatches(true, dot + 1, t, 0, n)) {
                    return true;
                }
            }
            return false;
        }

        // ---- URLs and e-mails --------------------------------------------------------------------------

        private boolean isUrlStart(int i) {
            char c = s.charAt(i);
            if (c != 'h' && c != 'H' && c != 'w' && c != 'W' && c != 'f') {
                return false;
            }
            return s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8)
                    || s.regionMatches(true, i, "www.", 0, 4) || s.regionMatches(i, "ftp://", 0, 6);
        }

        private int scanUrl(int i) {
            int j = i;
            boolean paren = false;
            while (j < e) {
                char c = s.charAt(j);
                if (isSpace(c) || c == '"' || c == '<' || c == '>') {
                    break;
                }
                paren |= c == '(';
                j++;
            }
            // trailing punctuation belongs to the sentence
            while (j > i + 4) {
                char c = s.charAt(j - 1);
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
                        || c == ']' || c == '}' || c == '»' || (c == ')' && !paren)) {
                    j--;
                } else {
                    break;
                }
            }
            kind = TokenKind.URL;
            return j;
        }

        private int scanEmailDomain(int j) {
            while (j < e) {
                char c = s.charAt(j);
                if (isLetterOrDigit(c) || c == '-' || c == '_' || (c == '.' && isLetterOrDigit(at(j + 1)))) {
                    j++;
                } else {
                    break;
                }
            }
            return j;
        }

        // ---- punctuation, quotes, symbols --------------------------------------------------------------

        private int scanOther(int i, char c) {
            kind = TokenKind.PUNCT;
            switch (c) {
                case '.':
                case '…':
                    return closingQuoteAfterStop(i, run(i, c));
                case '?':
                case '!':
                    return run(i, c);
                case '\'':
                    kind = TokenKind.QUOTE;
                    return at(i + 1) == '\'' ? i + 2 : i + 1;
                case '"':
                case '«':
                case '»':
                case '‹':
                case '›':
                    kind = TokenKind.QUOTE;
                    return i + 1;
                case '#':
                    if (isLetterOrDigit(at(i + 1))) {
                        kind = TokenKind.HASHTAG;
                        return handle(i + 1);
                    }
                    break;
                case '@':
                    if (isLetterOrDigit(at(i + 1))) {
                        kind = TokenKind.MENTION;
                        return handle(i + 1);
                    }
                    break;
                case ':':
                case ';':
                    int end = emoticon(i);
                    if (end > i) {
                        kind = TokenKind.EMOTICON;
                        return end;
                    }
                    break;
                default:
                    break;
            }
            if (Character.isHighSurrogate(c) && Character.isLowSurrogate(at(i + 1))) {
                kind = TokenKind.SYMBOL;
                return i + 2;
            }
            int type = Character.getType(c);
            if (type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL || type == Character.OTHER_SYMBOL
                    || c == '%' || c == '&' || c == '*' || c == '@' || c == '#') {
                kind = TokenKind.SYMBOL;
            }
            return i + 1;
        }

        /**
         * UD BOUN writes a full stop glued to a word and to the closing quote or bracket after it as one token
         * ({@code bitti."}, {@code girer.)}); {@code !"} and {@code ?"} stay two tokens.
         */
        private int closingQuoteAfterStop(int i, int j) {
            if (i == b || isSpace(s.charAt(i - 1)) || j >= e) {
                return j;
            }
            char q = s.charAt(j);
            if ((q == '"' || q == ')' || (q == '\'' && at(j + 1) != '\'')) && !isLetterOrDigit(at(j + 1))) {
                return j + 1;
            }
            return j;
        }

        private int run(int i, char c) {
            int j = i + 1;
            while (j < e && s.charAt(j) == c) {
                j++;
            }
            return j;
        }

        private int handle(int j) {
            while (j < e && isWordChar(s.charAt(j))) {
                j++;
            }
            return j;
        }

        /** {@code :) :-( ;) :D} standing alone between spaces; returns the end, or {@code i} if none. */
        private int emoticon(int i) {
            if (i > b && !isSpace(s.charAt(i - 1))) {
                return i;
            }
            int j = i + 1;
            if (at(j) == '-') {
                j++;
            }
            char m = at(j);
            if (m == ')' || m == '(' || m == 'D' || m == 'P' || m == 'p') {
                j++;
                char after = at(j);
                if (after == 0 || isSpace(after)) {
                    return j;
                }
            }
            return i;
        }
    }
}
