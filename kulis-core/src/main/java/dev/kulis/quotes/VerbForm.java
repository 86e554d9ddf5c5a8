package dev.kulis.quotes;

/** What a verb token is doing in its sentence, read from the last derivation of its morphological analysis. */
enum VerbForm {
    /** A finite verb: {@code söyledi}, {@code belirtildi}. */
    FINITE,
    /** An adverbial converb: {@code belirterek}, {@code diyerek}, {@code çalışıp}. */
    CONVERB,
    /** A subject participle that heads a noun phrase: {@code ifade eden}, {@code aktaran}, {@code diyen}. */
    PARTICIPLE,
    /** A nominalisation or object participle: {@code söylediğini}, {@code açıklamasında}. */
    NOMINAL,
    /** Not a verb. */
    NONE
}
