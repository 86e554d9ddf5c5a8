package dev.kulis.events;

import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;

/** Shapes of single words that several of the event readers look at. */
final class Words {
    private Words() {
    }

    /** A word that starts with a capital letter. */
    static boolean capitalWord(Token t) {
        String w = t.text();
        return t.kind() == TokenKind.WORD && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** A word of two or more letters written in capitals (a subheading: GÖRÜŞTÜK). */
    static boolean allCaps(Token t) {
        String w = t.text();
        long letters = w.chars().filter(Character::isLetter).count();
        return t.kind() == TokenKind.WORD && letters >= 2 && dev.kulis.text.TurkishCase.isAllCaps(w);
    }
}
