package dev.kulis.time;

/** Which way a sentence looks from the article's date: decides the year of "31 Mart" or the week of "Pazartesi". */
enum Tense {
    PAST, FUTURE,
    /** A present-tense verb ({@code -yor}): says nothing about which side of the article's date. */
    PRESENT,
    UNKNOWN
}
