package dev.kulis.time;

/**
 * What one written form means to the time layer: {@code ayında} is the unit {@code ay} (month) with the
 * possessive-locative ending; {@code Mart} is month 3; {@code dün} is a day −1.
 *
 * @param role       what the word does in a time phrase
 * @param stem       the lexicon entry ({@code ay}, {@code mart}, {@code dün})
 * @param number     month number, ISO weekday, day shift, shift amount, or −1/1 for a direction
 * @param code       unit designator ({@code Y M W D H M S}), part-of-day or season code, currency code, or the
 *                   kind of a number word; null otherwise
 * @param count      how many of the designator one unit is ({@code yüzyıl} = 100 years), or a number word's value
 * @param unit       the granularity of a unit; null for other roles
 * @param flagged    the entry's flag in its file (a month that is also a name, a weekday that is also a noun)
 * @param ending     the ending the form carries
 * @param baseLength how many characters of the form stay in a base form ({@code ayında} → 3, {@code ayı})
 */
record TimeWord(Role role, String stem, int number, String code, double count, Granularity unit, boolean flagged,
                Ending ending, int baseLength) {

    enum Role {
        MONTH, WEEKDAY, UNIT, DEICTIC, SHIFT, DIRECTION, RANGE, EVERY, EDGE, PART_OF_DAY, SEASON, NUMBER,
        CURRENCY, QUALIFIER
    }

    boolean is(Role r) {
        return role == r;
    }

    boolean bare() {
        return ending == null || ending.bare();
    }

    /**
     * Whether the form may carry the third-person possessive that makes compounds ({@code Mart ayı},
     * {@code 2019 yılı}, {@code Pazartesi günü}): after a consonant it is written like the accusative.
     */
    boolean possessiveLike() {
        if (ending == null) {
            return false;
        }
        return ending.possessive()
                || (ending.stripped().equals("(y)I") && !Inflector.isVowel(stem.charAt(stem.length() - 1)));
    }

    boolean clockUnit() {
        return unit != null && unit.finerThan(Granularity.DAY);
    }
}
