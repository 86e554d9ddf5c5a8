package dev.kulis.ner;

/**
 * The word lists and unlabelled-news lexicon the features read (the gazetteer learned from labelled data
 * travels with the model instead).
 *
 * @param news        clusters and capitalisation from unlabelled news
 * @param names       types a tagger gave capitalised words of unlabelled news (self-training gazetteer)
 * @param orgHeads    last words of organisation names ({@code belediyesi}, {@code partisi}, {@code a.ş.})
 * @param locHeads    last words of place names ({@code caddesi}, {@code mahallesi}, {@code dağı})
 * @param personBefore words that precede a person's name (titles: {@code bakan}, {@code dr.}, {@code sayın})
 * @param personAfter words that follow a person's name ({@code bey}, {@code hanım}, {@code paşa})
 * @param spelling    the type a word's spelling suggests, learned from {@code names} when the lexicons are made
 */
public record NerLexicons(NewsLexicon news, NewsNames names, HeadWords orgHeads, HeadWords locHeads,
                          WordList personBefore, WordList personAfter, NameSpelling spelling) {

    /** The lexicons shipped as resources under {@code /dev/kulis/ner/}. */
    public static NerLexicons shipped() {
        return withNews(NewsLexicon.shipped(), NewsNames.shipped());
    }

    public static NerLexicons withNews(NewsLexicon news, NewsNames names) {
        return new NerLexicons(news, names,
                HeadWords.resource("/dev/kulis/ner/org-heads.txt"),
                HeadWords.resource("/dev/kulis/ner/loc-heads.txt"),
                WordList.resource("/dev/kulis/ner/person-before.txt"),
                WordList.resource("/dev/kulis/ner/person-after.txt"), NameSpelling.learn(names));
    }
}
