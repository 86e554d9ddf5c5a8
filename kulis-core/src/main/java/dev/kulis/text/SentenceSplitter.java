package dev.kulis.text;

import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups tokens into sentences, following the UD Turkish treebanks.
 *
 * <p>A sentence ends after a sentence-final mark ({@code . ? ! ... …}) and the closing quotes or brackets that
 * hug it, when the next token does not continue the sentence. Rules:
 * <ul>
 *   <li>a line break between two tokens always ends a sentence;</li>
 *   <li>abbreviations that precede names ({@code Dr.}, {@code Prof.}), initials ({@code A.}) and ordinals
 *       ({@code 15.}) are single tokens (see {@link TurkishTokenizer}) and never end a sentence; list-type
 *       abbreviations ({@code vb.}, {@code vs.}) end one when an upper-case word follows;</li>
 *   <li>a lower-case word after {@code ? ! ... …} or after a closing quote continues the sentence
 *       ({@code "Geliyor musun?" diye sordu.}); after a bare full stop it starts a new one unless the full stop
 *       follows a number ({@code yüzdokuz . madde});</li>
 *   <li>a quotation that holds several sentences is split inside, as UD does:
 *       {@code "Umuyorum.} | {@code Hepimize düşen görev..." diye konuştu.};</li>
 *   <li>straight quotes ({@code "}, {@code ''}) are paired by counting, so a spaced closing quote after a full
 *       stop stays with its sentence while an opening one starts the next.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class SentenceSplitter {
    private final Abbreviations abbreviations;
    private final java.util.Set<String> continuations = java.util.Set.copyOf(Lexicons.lines("continuations.txt"));

    public SentenceSplitter() {
        this(Abbreviations.standard());
    }

    public SentenceSplitter(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** Sentences over all of {@code tokens} (token indices into that list). */
    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        split(text, tokens, 0, tokens.size(), out);
        return out;
    }

    /**
     * Appends the sentences of {@code tokens[from, to)} to {@code out}; their token indices are indices into
     * {@code tokens}. No sentence crosses {@code from} or {@code to}.
     */
    public void split(String text, List<Token> tokens, int from, int to, List<Sentence> out) {
        int start = from;
        boolean straightOpen = false;   // inside a "…" quotation
        boolean doubleOpen = false;     // inside a ''…'' quotation
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (isStraightQuote(t)) {
                straightOpen = !straightOpen;
            } else if (t.kind() == TokenKind.PUNCT && t.text().length() > 1 && t.text().endsWith("\"")) {
                straightOpen = false;                    // BOUN's ." token closes a quotation
            } else if (isDoubleApostrophe(t)) {
                doubleOpen = !doubleOpen;
            }
            int last = k;
            boolean boundary = false;
            if (isTerminal(tokens, k, start)) {
                boolean closed = false;
                while (last + 1 < to && !lineBreak(text, tokens.get(last), tokens.get(last + 1))) {
                    Token c = tokens.get(last + 1);
                    Token prev = tokens.get(last);
                    boolean glued = !prev.spaceAfter();
                    if (isStraightQuote(c) && (straightOpen || glued)) {
                        straightOpen = false;
                    } else if (isDoubleApostrophe(c) && (doubleOpen || glued)) {
                        doubleOpen = false;
                    } else if (!(isCloser(c) && glued) && !(isCurlyCloser(c))
                            && !(glued && c.kind() == TokenKind.PUNCT && isFinalMark(c.text().charAt(0)))) {
                        break;
                    }
                    closed = true;
                    last++;
                }
                boundary = last + 1 >= to || endsHere(text, tokens, start, k, last + 1, to, closed);
            }
            if (!boundary && last + 1 < to && lineBreak(text, tokens.get(last), tokens.get(last + 1))) {
                boundary = true;
            }
            if (boundary || last + 1 >= to) {
                out.add(new Sentence(tokens.get(start).start(), tokens.get(last).end(), start, last + 1));
                start = last + 1;
                straightOpen = false;
                doubleOpen = false;
            }
            k = last;
        }
    }

    /** Whether token {@code k} can end a sentence. */
    private boolean isTerminal(List<Token> tokens, int k, int sentenceStart) {
        Token t = tokens.get(k);
        String s = t.text();
        if (t.kind() == TokenKind.PUNCT) {
            if (!isFinalMark(s.charAt(0))) {
                return false;
            }
            for (int i = 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!isFinalMark(c) && c != '"' && c != '\'' && c != ')') {
                    return false;
                }
            }
            // "2 . Madde": a list marker at the start of a sentence
            return !(s.equals(".") && k == sentenceStart + 1 && tokens.get(sentenceStart).kind() == TokenKind.NUMBER
                    && tokens.get(sentenceStart).end() == t.start());
        }
        if (t.kind() == TokenKind.ABBREVIATION && s.length() > 1 && s.charAt(s.length() - 1) == '.') {
            return abbreviations.use(s, 0, s.length() - 1) == Abbreviations.Use.FINAL;
        }
        return false;
    }

    /**
     * Whether the sentence that started at token {@code start} ends after the terminal token {@code k} and its
     * closers, before token {@code next}.
     */
    private boolean endsHere(String text, List<Token> tokens, int start, int k, int next, int to, boolean closed) {
        Token t = tokens.get(k);
        String s = t.text();
        char c = tokens.get(next).text().charAt(0);
        if (t.kind() == TokenKind.ABBREVIATION) {
            return CharClass.isUpper(c);
        }
        if (CharClass.isLower(c)) {
            if (closed || !s.equals(".")) {
                return false;          // "…?" diye sordu; Bırakın... bırakın
            }
            // a full stop after a number is an ordinal written apart (yüzdokuz . madde); Peki. dedi
            return !(k > 0 && isNumberLike(tokens.get(k - 1))) && !continuations.contains(tokens.get(next).text());
        }
        if (closed || !(s.equals("!") || s.equals("?"))) {
            return true;
        }
        // UD Turkish keeps short exclamations and questions with what follows: "Eyvah! Geç kaldık." and
        // "Durun! Gitmeyin! diye bağırdı."
        int words = 0;
        for (int i = start; i < k; i++) {
            if (tokens.get(i).kind() != TokenKind.PUNCT && tokens.get(i).kind() != TokenKind.QUOTE) {
                words++;
            }
        }
        if (words <= (s.equals("!") ? 2 : 1)) {
            return false;
        }
        return !speechContinues(text, tokens, next, to);
    }

    /** The stretch from {@code from} ends in {@code ?} or {@code !} followed by a lower-case word (diye, dedi). */
    private static boolean speechContinues(String text, List<Token> tokens, int from, int to) {
        for (int i = from; i < to - 1 && i < from + 40; i++) {
            Token t = tokens.get(i);
            if (lineBreak(text, t, tokens.get(i + 1))) {
                return false;
            }
            if (t.kind() == TokenKind.PUNCT && isFinalMark(t.text().charAt(0))) {
                String m = t.text();
                return (m.equals("?") || m.equals("!")) && CharClass.isLower(tokens.get(i + 1).text().charAt(0));
            }
        }
        return false;
    }

    private static boolean isFinalMark(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…';
    }

    private static boolean isNumberLike(Token t) {
        return t.kind() == TokenKind.NUMBER || NumberWords.standard().matches(t.text(), 0, t.text().length());
    }

    private static boolean lineBreak(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean isStraightQuote(Token t) {
        if (t.kind() != TokenKind.QUOTE || t.text().length() != 1) {
            return false;
        }
        char c = t.text().charAt(0);
        return c == '"' || c == '\'' || c == '″';
    }

    private static boolean isDoubleApostrophe(Token t) {
        return t.kind() == TokenKind.QUOTE && t.text().length() == 2;
    }

    /** Closing brackets and quotes that stay with the sentence when written right after its final mark. */
    private static boolean isCloser(Token t) {
        if (t.text().length() != 1) {
            return false;
        }
        char c = t.text().charAt(0);
        return c == ')' || c == ']' || c == '}' || c == '»' || c == '›' || c == '”' || c == '’';
    }

    /** Quote marks that only ever close. */
    private static boolean isCurlyCloser(Token t) {
        return t.text().length() == 1 && (t.text().charAt(0) == '”' || t.text().charAt(0) == '»');
    }
}
