package dev.kulis.quotes;

import dev.kulis.model.EntityRef;

/**
 * A possible speaker or addressee in the text: an entity mention, a group word ({@code yetkililer}) or an
 * anaphoric word ({@code Bakan}, {@code o}) that stands for someone named before.
 *
 * @param first  first token
 * @param last   last token (inclusive)
 * @param ref    what it refers to (null for an anaphor)
 * @param type   the entity type, {@code GROUP} or {@code ANAPHOR}
 * @param nominalCase the case of its last word
 */
record Who(int first, int last, EntityRef ref, String type, String nominalCase) {
    boolean anaphor() {
        return "ANAPHOR".equals(type);
    }

    boolean person() {
        return "PERSON".equals(type);
    }
}
