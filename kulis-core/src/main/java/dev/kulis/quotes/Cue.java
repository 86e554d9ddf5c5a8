package dev.kulis.quotes;

/**
 * The words that report a quote ({@code dedi}, {@code diye konuştu}, {@code ifade eden}), as an inclusive
 * token range.
 *
 * @param form      how the verb is used: finite, converb or participle
 * @param passive   a passive verb of saying ({@code belirtildi}): its clause stays in the nominative
 * @param addressee the verb names its addressee in the dative ({@code seslendi})
 * @param request   the verb reports a request, governing -mAsInI ({@code istedi})
 * @param dative    the verb governs its clause in the dative ({@code …olacağına dikkat çekti})
 */
record Cue(int first, int last, VerbForm form, boolean passive, boolean addressee, boolean request,
                  boolean dative) {
}
