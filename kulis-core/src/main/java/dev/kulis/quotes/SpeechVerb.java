package dev.kulis.quotes;

import java.util.List;

/**
 * One entry of the speech-verb lexicon: the words before the verb as written (Turkish lower case, often
 * none) and the verb's stem, with the frames it reports in.
 *
 * @param lead      words that must precede the verb as written ({@code ifade} of {@code ifade et})
 * @param stem      the verb stem ({@code söyle}, {@code et})
 * @param direct    may follow a direct quotation ({@code "…" dedi})
 * @param indirect  may govern a nominalised clause or a clause + {@code diye}
 * @param addressee names its addressee in the dative ({@code vatandaşlara seslendi})
 * @param request   reports a request and governs -mAsInI ({@code istedi})
 * @param dative    governs its clause in the dative ({@code …olacağına dikkat çekti})
 */
record SpeechVerb(List<String> lead, String stem, boolean direct, boolean indirect, boolean addressee,
                  boolean request, boolean dative) {
    SpeechVerb {
        lead = List.copyOf(lead);
    }

    int words() {
        return lead.size() + 1;
    }
}
