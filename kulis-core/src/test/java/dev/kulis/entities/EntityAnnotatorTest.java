package dev.kulis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.Mention;
import dev.kulis.model.Metadata;
import dev.kulis.morph.MorphAnnotator;
import dev.kulis.text.TextAnnotator;
import dev.kulis.wire.WireParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mentions and their grouping on a fictional wire story, with a stand-in tagger that knows the story's names:
 * what is tested here is everything after tagging.
 */
class EntityAnnotatorTest {
    private static final String STORY = "12.03.2021\n"
            + "Muhabir Deniz ALTAN/DEMİRTEPE, (DHA) - YDP'nin Demirtepe Belediye Başkanı adayı Rıza Tepeli ve eşi "
            + "Selma Tepeli, Vali Kemal Orhun'u makamında ziyaret etti. Orhun, Tepeli'nin çalışmalarına destek "
            + "vereceğini söyledi.\n\n"
            + "TEPELİ: TEŞEKKÜR EDERİZ\n\n"
            + "Tepeli de Orhun'a teşekkür etti. Kemal beyin desteği önemli dedi. Yeni Demokrasi Partisi il "
            + "başkanı da ziyarete katıldı. CHP'nin adayı ise Cumhuriyet Halk Partisi binasında konuştu.\n";

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("Rıza", "PER"), Map.entry("Tepeli", "PER"), Map.entry("Selma", "PER"),
            Map.entry("Kemal", "PER"), Map.entry("Orhun", "PER"), Map.entry("Vali", "PER"),
            Map.entry("YDP", "ORG"), Map.entry("CHP", "ORG"), Map.entry("Yeni", "ORG"), Map.entry("Demokrasi", "ORG"),
            Map.entry("Partisi", "ORG"), Map.entry("Cumhuriyet", "ORG"), Map.entry("Halk", "ORG"),
            Map.entry("Demirtepe", "LOC"));

    /** Tags a token by the name before its apostrophe; the tagger leaves ALL-CAPS words alone. */
    static List<String> standIn(List<String> forms) {
        List<String> tags = new ArrayList<>();
        String prev = "O";
        for (String f : forms) {
            int ap = f.indexOf('\'');
            String type = NAMES.get(ap > 0 ? f.substring(0, ap) : f);
            String tag = type == null ? "O" : (prev.endsWith(type) && !f.equals("Rıza") && !f.equals("Selma")
                    && !f.equals("Vali") && !f.equals("Kemal") ? "I-" : "B-") + type;
            tags.add(tag);
            prev = tag;
        }
        return tags;
    }

    static Article article;

    @BeforeAll
    static void annotate() {
        Article read = new WireParser().parse("demirtepe", STORY, Metadata.empty());
        Article tokenized = new MorphAnnotator().annotate(new TextAnnotator().annotate(read));
        article = new EntityAnnotator(sentences -> sentences.stream().map(EntityAnnotatorTest::standIn).toList(),
                a -> List.of()).annotate(tokenized);
    }

    private static Entity entity(String name) {
        return article.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + article.entities().stream()
                        .map(Entity::name).toList()));
    }

    private static List<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void aTitleIsNotPartOfThePersonAndTheSuffixIsNotPartOfTheBase() {
        Entity orhun = entity("Kemal Orhun");
        assertThat(orhun.type()).isEqualTo("PERSON");
        assertThat(texts(orhun)).containsExactly("Kemal Orhun'u", "Orhun", "Orhun'a", "Kemal beyin");
        assertThat(orhun.mentions().get(0).base()).isEqualTo("Kemal Orhun");
        assertThat(orhun.mentions().get(3).base()).isEqualTo("Kemal bey");
        for (Mention m : orhun.mentions()) {
            assertThat(article.text().substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void aSurnameAloneJoinsTheFirstPersonIntroducedWithIt() {
        assertThat(texts(entity("Rıza Tepeli"))).containsExactly("Rıza Tepeli", "Tepeli'nin", "TEPELİ", "Tepeli");
        assertThat(texts(entity("Selma Tepeli"))).containsExactly("Selma Tepeli");
    }

    @Test
    void theBylineReporterAndDatelineCityAreMentions() {
        assertThat(texts(entity("Deniz Altan"))).containsExactly("Deniz ALTAN");
        assertThat(texts(entity("Demirtepe"))).containsExactly("DEMİRTEPE");
    }

    /** Entities of {@code text} tagged by a stand-in that knows each name word's tag. */
    private static List<Entity> entities(String text, Map<String, String> tags) {
        Article read = new WireParser().parse("bare", text, Metadata.empty());
        Article tokenized = new MorphAnnotator().annotate(new TextAnnotator().annotate(read));
        return new EntityAnnotator(sentences -> sentences.stream()
                .map(s -> s.stream().map(f -> tags.getOrDefault(f, "O")).toList()).toList(),
                a -> List.of()).annotate(tokenized).entities();
    }

    private static Map<String, List<String>> basesByEntity(List<Entity> entities) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Entity e : entities) {
            out.put(e.name(), e.mentions().stream().map(Mention::base).toList());
        }
        return out;
    }

    @Test
    void anArticleWithoutApostrophesGivesTheStemItWritesBareElsewhere() {
        // morphology alone cannot tell Balcıoğlu + nun from Balcıoğlun + un; the article can
        List<Entity> e = entities("Emekli öğretmen Nurettin Balcıoğlu dün Karsuvaya gitti. Balcıoğlunun kitapları "
                + "Karsuvada sergilendi. Karsuva halkı sevindi.\n", Map.of("Nurettin", "B-PER", "Balcıoğlu", "I-PER",
                "Balcıoğlunun", "B-PER", "Karsuvaya", "B-LOC", "Karsuvada", "B-LOC", "Karsuva", "B-LOC"));
        Map<String, List<String>> bases = basesByEntity(e);
        assertThat(bases.get("Nurettin Balcıoğlu")).containsExactly("Nurettin Balcıoğlu", "Balcıoğlu");
        assertThat(bases.get("Karsuva")).hasSizeGreaterThanOrEqualTo(2).containsOnly("Karsuva");
        // a name the lexicon knows as it stands is no shorter name + suffix, though the article writes that one bare
        List<Entity> can = entities("Can Durmaz konuştu. Sanatçı Candan dün sahneye çıktı.\n",
                Map.of("Can", "B-PER", "Durmaz", "I-PER", "Candan", "B-PER"));
        assertThat(basesByEntity(can)).containsEntry("Can Durmaz", List.of("Can Durmaz"))
                .containsEntry("Candan", List.of("Candan"));
        // a foreign name takes the suffix it sounds with (Biden'ın): the bare stem elsewhere decides, fitting or not
        List<Entity> vel = entities("Liam Velbiden dün Karsuvaya geldi. Velbidenın sözleri alkışlandı.\n",
                Map.of("Liam", "B-PER", "Velbiden", "I-PER", "Karsuvaya", "B-LOC", "Velbidenın", "B-PER"));
        assertThat(basesByEntity(vel).get("Liam Velbiden")).containsExactly("Liam Velbiden", "Velbiden");
        // an acronym takes any suffix (its letters are read by their names): YDPnin → YDP
        List<Entity> ydp = entities("YDP dün toplandı. YDPnin adayı belli oldu.\n",
                Map.of("YDP", "B-ORG", "YDPnin", "B-ORG"));
        assertThat(basesByEntity(ydp).get("YDP")).containsExactly("YDP", "YDP");
    }

    /** {@link #entities}, with a tagger that also knows, as news names, the stems in {@code stems}. */
    private static List<Entity> entitiesKnowing(String text, Map<String, String> tags, List<String> stems) {
        Article read = new WireParser().parse("known", text, Metadata.empty());
        Article tokenized = new MorphAnnotator().annotate(new TextAnnotator().annotate(read));
        MentionTagger tagger = new MentionTagger() {
            @Override
            public List<List<String>> tag(List<List<String>> sentences) {
                return sentences.stream().map(x -> x.stream().map(f -> tags.getOrDefault(f, "O")).toList()).toList();
            }

            @Override
            public int stemEnd(String token) {
                return stems.stream().filter(st -> token.startsWith(st) && token.length() > st.length())
                        .mapToInt(String::length).max().orElse(-1);
            }
        };
        return new EntityAnnotator(tagger, a -> List.of()).annotate(tokenized).entities();
    }

    private static List<String> cases(Entity e) {
        return e.mentions().stream().map(Mention::grammaticalCase).toList();
    }

    @Test
    void aStemTheNewsKnowAsANameEndsAWordWrittenWithoutApostrophe() {
        // morphology alone reads Velbide + nın; the news know Velbiden, whose suffix follows its sound
        Map<String, String> tags = Map.of("Velbidenın", "B-PER", "Velbidena", "B-PER");
        List<Entity> e = entitiesKnowing("Sanatçı Velbidenın sözleri alkışlandı. Velbidena göre sorun yok.\n", tags,
                List.of("Velbiden"));
        assertThat(e).hasSize(1);
        assertThat(e.get(0).name()).isEqualTo("Velbiden");
        assertThat(basesByEntity(e).get("Velbiden")).containsExactly("Velbiden", "Velbiden");
        assertThat(cases(e.get(0))).containsExactly("Gen", "Dat"); // the case of the suffix cut off
        // an article that marks its suffixes writes an unmarked word whole (Alexe is no Alex + dative)
        List<Entity> marked = entitiesKnowing("Sanatçı Karsuva'ya geldi. Velbidena göre sorun yok.\n", tags,
                List.of("Velbiden"));
        assertThat(basesByEntity(marked).get("Velbidena")).containsExactly("Velbidena");
    }

    @Test
    void aWordThatIsItsOwnBaseIsNominativeWhateverMorphologyCutOffIt() {
        List<Entity> e = entities("Liam Velbida dün Karsuva'ya geldi.\n",
                Map.of("Liam", "B-PER", "Velbida", "I-PER", "Karsuva'ya", "B-LOC"));
        Entity liam = e.stream().filter(x -> x.name().equals("Liam Velbida")).findFirst().orElseThrow();
        assertThat(cases(liam)).containsExactly("Nom");
        // a name morphology neither splits nor knows is nominative too, not without a case
        List<Entity> whole = entities("Dimitris Zorbalopulos dün konuştu.\n",
                Map.of("Dimitris", "B-PER", "Zorbalopulos", "I-PER"));
        assertThat(cases(whole.get(0))).containsExactly("Nom");
        // a suffix written twice takes the case of the last
        List<Entity> twice = entities("Dimitris Zorbalopulos'un'un sözleri.\n",
                Map.of("Dimitris", "B-PER", "Zorbalopulos'un'un", "I-PER"));
        assertThat(twice.get(0).mentions().get(0).base()).isEqualTo("Dimitris Zorbalopulos");
        assertThat(cases(twice.get(0))).containsExactly("Gen");
        List<Entity> curly = entities("Dimitris Zorbalopulos’un’a göre.\n",
                Map.of("Dimitris", "B-PER", "Zorbalopulos’un’a", "I-PER"));
        assertThat(cases(curly.get(0))).containsExactly("Dat");
        Entity karsuva = e.stream().filter(x -> x.name().equals("Karsuva")).findFirst().orElseThrow();
        assertThat(cases(karsuva)).containsExactly("Dat");
    }

    @Test
    void theEquativeIsNoDative() {
        // "Tolvaş Bakanlığı'nca" is "by the Tolvaş ministry": no addressee, as a dative would be
        List<Entity> e = entities("Karar Tolvaş Bakanlığı'nca açıklandı. Karsuva'ca bilinen bir yer.\n",
                Map.of("Tolvaş", "B-ORG", "Bakanlığı'nca", "I-ORG", "Karsuva'ca", "B-LOC"));
        assertThat(e.stream().flatMap(x -> x.mentions().stream()).map(Mention::grammaticalCase))
                .containsExactly("Equ", "Equ");
        // after a possessed head Turkish writes it without apostrophe
        List<Entity> bare = entities("Karar Tolvaş Valiliğince onaylandı.\n",
                Map.of("Tolvaş", "B-ORG", "Valiliğince", "I-ORG"));
        assertThat(bare).hasSize(1);
        assertThat(bare.get(0).mentions().get(0).base()).isEqualTo("Tolvaş Valiliği");
        assertThat(cases(bare.get(0))).containsExactly("Equ");
        // a name of one word is no possessed head: Oyunca (oyun + its possessive + nca) is a name of its own
        List<Entity> alone = entities("Karar Oyunca ekibince onaylandı.\n", Map.of("Oyunca", "B-ORG"));
        assertThat(alone.get(0).mentions().get(0).base()).isEqualTo("Oyunca");
        // after other words, a common noun in the possessive + nca is a name's head in the equative
        List<Entity> after = entities("Karar Tolvaş Yüksek Kurulunca onaylandı.\n",
                Map.of("Tolvaş", "B-ORG", "Yüksek", "I-ORG", "Kurulunca", "I-ORG"));
        assertThat(after.get(0).mentions().get(0).base()).isEqualTo("Tolvaş Yüksek Kurulu");
        assertThat(cases(after.get(0))).containsExactly("Equ");
    }

    @Test
    void initialsAndAcronymsEndWhereLowerCaseBegins() {
        Map<String, List<String>> bases = basesByEntity(entities(
                "Sanıklardan Derya K.nın ifadesi okundu. YDPli vekiller ile KDPnin adayı ve YDPlilerin aileleri geldi. "
                        + "Heyet KDde toplandı.\n",
                Map.of("Derya", "B-PER", "K.nın", "I-PER", "YDPli", "B-ORG", "KDPnin", "B-ORG",
                        "YDPlilerin", "B-ORG", "KDde", "B-ORG")));
        // the same with an apostrophe after the -li: one entity, YDP, either way
        Map<String, List<String>> marked = basesByEntity(entities("YDPli'ye soruldu. YDPliye de soruldu.\n",
                Map.of("YDPli'ye", "B-ORG", "YDPliye", "B-ORG")));
        assertThat(marked).containsOnlyKeys("YDP");
        assertThat(bases.get("Derya K.")).containsExactly("Derya K.");
        assertThat(bases.get("YDP")).containsExactly("YDP", "YDP");
        assertThat(bases.get("KDP")).containsExactly("KDP");
        assertThat(bases.get("KD")).containsExactly("KD"); // not KDd + dative, as morphology reads kd + e
    }

    @Test
    void whatLooksLikeASuffixStaysWhereNothingSaysItIsOne() {
        // no apostrophes in the article: an unknown name's last vowel is its own (Velmira, not Velmir + dative)
        Map<String, List<String>> bases = basesByEntity(entitiesKnowing("Sanatçı Velmira dün Karsuva Mobile ile "
                        + "anlaştı. Ahmet Velikalar da geldi. Karsuva Meydanında tören var. Meydan kalabalıktı. "
                        + "Karsuva Meydanı doldu.\n",
                Map.of("Velmira", "B-PER", "Karsuva", "B-ORG", "Mobile", "I-ORG", "Ahmet", "B-PER",
                        "Velikalar", "I-PER"), List.of("Velika")));
        assertThat(bases.get("Velmira")).containsExactly("Velmira");
        assertThat(bases.get("Karsuva Mobile")).containsExactly("Karsuva Mobile"); // mobil + e? a foreign word
        assertThat(bases.get("Ahmet Velikalar")).containsExactly("Ahmet Velikalar"); // a plural is no case
        // a head written bare elsewhere (Meydan) does not make the head's possessive a suffix
        Map<String, List<String>> square = basesByEntity(entities("Karsuva Meydanında tören var. Meydan "
                + "kalabalıktı. Karsuva Meydanı doldu.\n", Map.of("Karsuva", "B-LOC", "Meydanında", "I-LOC",
                "Meydanı", "I-LOC")));
        assertThat(square.get("Karsuva Meydanı")).containsExactly("Karsuva Meydanı", "Karsuva Meydanı");
    }

    @Test
    void theCommonNounThatEndsAPlaceLosesItsCaseWhereNoApostropheMarksIt() {
        List<Entity> e = entities("Ziyaretçiler Karsuva Kalesinde toplandı. Sonra Mavi Köşkte yemek yediler. "
                        + "Akşam Mavi Dağlara çıktılar.\n",
                Map.of("Karsuva", "B-LOC", "Kalesinde", "I-LOC", "Mavi", "B-LOC", "Köşkte", "I-LOC",
                        "Dağlara", "I-LOC"));
        Map<String, List<String>> bases = basesByEntity(e);
        assertThat(bases.get("Karsuva Kalesi")).containsExactly("Karsuva Kalesi"); // a possessed head + nde
        assertThat(bases.get("Mavi Köşk")).containsExactly("Mavi Köşk");           // köşk + te
        assertThat(bases.get("Mavi Dağlar")).containsExactly("Mavi Dağlar");       // the plural is the name's
        for (Entity x : e) {
            assertThat(cases(x)).as(x.name()).containsExactly(x.name().equals("Mavi Dağlar") ? "Dat" : "Loc");
        }
    }

    @Test
    void anApostropheBeforeACapitalIsPartOfTheName() {
        List<Entity> e = entities("Liam O'Darragh dün Velora'ya geldi. O'Darragh'ın ekibi ile Massimo D'Arvelli "
                + "görüştü.\n", Map.of("Liam", "B-PER", "O'Darragh", "I-PER", "Velora'ya", "B-LOC",
                "O'Darragh'ın", "B-PER", "Massimo", "B-PER", "D'Arvelli", "I-PER"));
        Map<String, List<String>> bases = basesByEntity(e);
        assertThat(bases.get("Liam O'Darragh")).containsExactly("Liam O'Darragh", "O'Darragh");
        assertThat(bases.get("Massimo D'Arvelli")).containsExactly("Massimo D'Arvelli");
    }

    @Test
    void aPlaceAndLuIsASurnameNotAStemAndASuffix() {
        // Orkutlu is Orkut + -lu (from Orkut): no stem ends in t + l, so it is not Orkutl + accusative
        List<Entity> e = entities("Deniz Orkutlu dün Karsuvaya gitti. Orkutlunun kitapları Karsuvada sergilendi. "
                + "Celal Tepeli de geldi. Celalin sözleri alkışlandı.\n", Map.of("Deniz", "B-PER",
                "Orkutlu", "I-PER", "Orkutlunun", "B-PER", "Karsuvaya", "B-LOC", "Karsuvada", "B-LOC", "Celal",
                "B-PER", "Tepeli", "I-PER", "Celalin", "B-PER"));
        Map<String, List<String>> bases = basesByEntity(e);
        assertThat(bases.get("Deniz Orkutlu")).containsExactly("Deniz Orkutlu", "Orkutlu");
        // a final l after a back vowel may be palatal: Celal + in, as Kemal'in
        assertThat(e.stream().flatMap(x -> x.mentions().stream()).filter(m -> m.text().equals("Celalin"))
                .map(Mention::base)).containsExactly("Celal");
    }

    @Test
    void anEntityIsNamedByItsTitleCasedSpelling() {
        List<Entity> e = entities("Karsuva belediyesi dün toplandı. KARSUVA Belediyesi bir açıklama yaptı. Karsuva "
                + "Belediyesi yarın yine toplanacak.\n", Map.of("Karsuva", "B-ORG", "belediyesi", "I-ORG",
                "KARSUVA", "B-ORG", "Belediyesi", "I-ORG"));
        assertThat(e).filteredOn(x -> x.type().equals("ORGANIZATION")).singleElement()
                .satisfies(x -> assertThat(x.name()).isEqualTo("Karsuva Belediyesi"));
        // a headline's capitalised connector names nothing better
        List<Entity> g = entities("GENÇLİK Ve Zerhan Bakanlığı açıklama yaptı. Gençlik ve Zerhan Bakanlığı dün toplandı.\n",
                Map.of("GENÇLİK", "B-ORG", "Ve", "I-ORG", "Zerhan", "I-ORG", "Bakanlığı", "I-ORG", "Gençlik", "B-ORG",
                        "ve", "I-ORG"));
        assertThat(g).filteredOn(x -> x.type().equals("ORGANIZATION")).extracting(Entity::name)
                .contains("Gençlik ve Zerhan Bakanlığı").doesNotContain("GENÇLİK Ve Zerhan Bakanlığı");
        // a particle may open a name with its capital
        List<Entity> el = entities("EL ZERHAN açıklama yaptı. El Zerhan dün toplandı.\n",
                Map.of("EL", "B-ORG", "ZERHAN", "I-ORG", "El", "B-ORG", "Zerhan", "I-ORG"));
        assertThat(el).filteredOn(x -> x.type().equals("ORGANIZATION")).extracting(Entity::name).contains("El Zerhan");
    }

    @Test
    void aPluralAndItsCaseFormsAreOneEntity() {
        List<Entity> e = entities("Zerhanlar dün Karsuvaya geldi. Zerhanlara çiçek verildi.\n", Map.of("Zerhanlar",
                "B-PER", "Zerhanlara", "B-PER", "Karsuvaya", "B-LOC"));
        // a family's plural (the Zerhans) and its case forms are one entity, whichever base names it
        assertThat(e).filteredOn(x -> x.type().equals("PERSON")).singleElement()
                .satisfies(x -> assertThat(x.mentions()).hasSize(2));
    }

    @Test
    void anOrganisationsHeadLosesItsSuffixInAnyArticle() {
        // Turkish writes no apostrophe after an institution's head noun, even where names get one (Velora'ya)
        List<Entity> e = entities("Ayla Durmaz dün Velora'ya gitti ve Kuzey Ege Partisinin toplantısında Tarım "
                + "Bakanlığını eleştirdi.\n", Map.of("Ayla", "B-PER", "Durmaz", "I-PER", "Velora'ya", "B-LOC",
                "Kuzey", "B-ORG", "Ege", "I-ORG", "Partisinin", "I-ORG", "Tarım", "B-ORG", "Bakanlığını", "I-ORG"));
        assertThat(basesByEntity(e)).containsKeys("Kuzey Ege Partisi", "Tarım Bakanlığı", "Velora");
    }

    @Test
    void aPersonRunOverAConnectorIsCutThere() {
        List<String> forms = List.of("Tepeli", "de", "Orhun'a", "teşekkür", "etti", ".");
        Article read = new WireParser().parse("cut", "Tepeli de Orhun'a teşekkür etti.\n", Metadata.empty());
        Article tokenized = new MorphAnnotator().annotate(new TextAnnotator().annotate(read));
        Article tagged = new EntityAnnotator(sentences -> sentences.stream()
                .map(s -> s.equals(forms) ? List.of("B-PER", "I-PER", "I-PER", "O", "O", "O") : standIn(s)).toList(),
                a -> List.of()).annotate(tokenized);
        assertThat(tagged.entities().stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
                .containsExactlyInAnyOrder("Tepeli", "Orhun'a");
    }

    @Test
    void aNameRunPastACaseSuffixIsCutAfterIt() {
        // a genitive or dative after the apostrophe ends a name; an ordinal does not
        List<String> forms = List.of("Karamenya'nın", "Velora", "kentinde", "Aysel'e", "Gökçe", "Tan", "ve",
                "Velora", "3'üncü", "Sulh", "Mahkemesi", "karar", "verdi", ".");
        Article read = new WireParser().parse("case", "Karamenya'nın Velora kentinde Aysel'e Gökçe Tan ve Velora "
                + "3'üncü Sulh Mahkemesi karar verdi.\n", Metadata.empty());
        Article tokenized = new MorphAnnotator().annotate(new TextAnnotator().annotate(read));
        Article tagged = new EntityAnnotator(sentences -> sentences.stream()
                .map(s -> s.equals(forms) ? List.of("B-LOC", "I-LOC", "O", "B-PER", "I-PER", "I-PER", "O",
                        "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O") : standIn(s)).toList(),
                a -> List.of()).annotate(tokenized);
        assertThat(tagged.entities().stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
                .containsExactlyInAnyOrder("Karamenya'nın", "Velora", "Aysel'e", "Gökçe Tan",
                        "Velora 3'üncü Sulh Mahkemesi");
    }

    @Test
    void aSpacedDashEndsANameATightOneDoesNot() {
        // a dateline's dash (Haber Merkezi - , Velora- ) separates; Dal-Sen, written tight, is one union; a closing
        // bracket the name did not open ends it
        List<String> forms = List.of("Haber", "Merkezi", "-", "Yelkenli", "Holding", "ve", "Dal", "-", "Sen", "(",
                "Velora", "-", "Tarsa", "Limanı", ")", "açıklama", "yaptı", ".");
        Article read = new WireParser().parse("dash", "Haber Merkezi - Yelkenli Holding ve Dal-Sen (Velora- Tarsa "
                + "Limanı) açıklama yaptı.\n", Metadata.empty());
        Article tokenized = new MorphAnnotator().annotate(new TextAnnotator().annotate(read));
        Article tagged = new EntityAnnotator(sentences -> sentences.stream()
                .map(s -> s.equals(forms) ? List.of("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG",
                        "I-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "O", "O")
                        : standIn(s)).toList(), a -> List.of()).annotate(tokenized);
        assertThat(tagged.entities().stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
                .containsExactlyInAnyOrder("Haber Merkezi", "Yelkenli Holding", "Dal-Sen", "Velora", "Tarsa Limanı");
    }

    @Test
    void aHyphenatedSyllableStaysInTheName() {
        // and a one-word given name hyphenated to a full name is one person (Ayla-Nur Demirkaya)
        List<String> forms = List.of("Sekreter", "Pak", "Ji", "-", "Won", "ile", "Tarsa", "-", "Kaya", "görüşmesi",
                "ve", "Ayla", "-", "Nur", "Demirkaya", ".");
        Article read = new WireParser().parse("syllable", "Sekreter Pak Ji-Won ile Tarsa-Kaya görüşmesi ve "
                + "Ayla-Nur Demirkaya.\n", Metadata.empty());
        Article tokenized = new MorphAnnotator().annotate(new TextAnnotator().annotate(read));
        Article tagged = new EntityAnnotator(sentences -> sentences.stream()
                .map(s -> s.equals(forms) ? List.of("O", "B-PER", "I-PER", "O", "B-PER", "O", "B-PER", "O", "B-PER",
                        "O", "O", "B-PER", "O", "B-PER", "I-PER", "O") : standIn(s)).toList(), a -> List.of())
                .annotate(tokenized);
        assertThat(tagged.entities().stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
                .containsExactlyInAnyOrder("Pak Ji-Won", "Tarsa", "Kaya", "Ayla-Nur Demirkaya");
        // before a group noun the hyphen joins two people who share the surname
        List<String> couple = List.of("Okan", "-", "Sevim", "Tan", "çifti", "geldi", ".");
        Article read2 = new WireParser().parse("couple", "Okan-Sevim Tan çifti geldi.\n", Metadata.empty());
        Article tagged2 = new EntityAnnotator(sentences -> sentences.stream()
                .map(s -> s.equals(couple) ? List.of("B-PER", "O", "B-PER", "I-PER", "O", "O", "O") : standIn(s))
                .toList(), a -> List.of()).annotate(new MorphAnnotator().annotate(new TextAnnotator().annotate(read2)));
        assertThat(tagged2.entities().stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
                .contains("Okan", "Sevim Tan").doesNotContain("Okan-Sevim Tan");
    }

    @Test
    void aPossessedTitleHeadStartsNoOrganisation() {
        List<String> forms = List.of("Komisyon", "Başkanı", "Yeni", "Ufuk", "Partisi", "Kars", "Milletvekili",
                "Ali", "Eren", "konuştu", ".");
        Article read = new WireParser().parse("head", "Komisyon Başkanı Yeni Ufuk Partisi Kars Milletvekili Ali Eren "
                + "konuştu.\n", Metadata.empty());
        Article tagged = new EntityAnnotator(sentences -> sentences.stream()
                .map(s -> s.equals(forms) ? List.of("O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-LOC", "O", "B-PER",
                        "I-PER", "O", "O") : standIn(s)).toList(), a -> List.of())
                .annotate(new MorphAnnotator().annotate(new TextAnnotator().annotate(read)));
        assertThat(tagged.entities().stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
                .contains("Yeni Ufuk Partisi", "Ali Eren").doesNotContain("Başkanı Yeni Ufuk Partisi");
    }

    @Test
    void cliticsInAHeadingAreNoNames() {
        // a tagger misled by capitals: a range opened on DE names nothing; a name ends before an upper-case clitic
        List<String> heading = List.of("SERVET", "ERKAL", "DE", "GELDİ");
        List<String> second = List.of("DE", "GÖRÜŞTÜK");
        Article read = new WireParser().parse("clitic", "Tarla günü\n\nSERVET ERKAL DE GELDİ\n\nDE GÖRÜŞTÜK\n\n"
                + "Servet Erkal dün konuştu.\n", Metadata.empty());
        Article tokenized = new MorphAnnotator().annotate(new TextAnnotator().annotate(read));
        Article tagged = new EntityAnnotator(sentences -> sentences.stream()
                .map(s -> s.equals(heading) ? List.of("B-PER", "I-PER", "I-PER", "I-PER")
                        : s.equals(second) ? List.of("B-PER", "I-PER") : standIn(s)).toList(),
                a -> List.of()).annotate(tokenized);
        assertThat(tagged.entities().stream().flatMap(e -> e.mentions().stream()).map(Mention::text))
                .contains("SERVET ERKAL").noneMatch(t -> t.contains("DE") || t.contains("GÖRÜŞTÜK"));
    }

    @Test
    void aPersonRunsOnOverANameParticleAndItsHyphen() {
        // the tagger stops at the particle or the hyphen; the surname after it joins, and alone it is the person
        List<String> forms = List.of("Başkan", "Nuri", "el", "-", "Tarsa", "ile", "Hamad", "bin", "Selman", "geldi",
                ".");
        List<String> second = List.of("Tarsa", "ve", "Selman", "konuştu", ".");
        Article read = new WireParser().parse("particles", "Başkan Nuri el-Tarsa ile Hamad bin Selman geldi. "
                + "Tarsa ve Selman konuştu.\n", Metadata.empty());
        Article tokenized = new MorphAnnotator().annotate(new TextAnnotator().annotate(read));
        Article tagged = new EntityAnnotator(sentences -> sentences.stream()
                .map(s -> s.equals(forms) ? List.of("O", "B-PER", "I-PER", "O", "B-PER", "O", "B-PER", "O", "B-PER",
                        "O", "O") : s.equals(second) ? List.of("B-PER", "O", "B-PER", "O", "O") : standIn(s)).toList(),
                a -> List.of()).annotate(tokenized);
        assertThat(tagged.entities()).extracting(Entity::name).contains("Nuri el-Tarsa", "Hamad bin Selman");
        Entity tarsa = tagged.entities().stream().filter(e -> e.name().equals("Nuri el-Tarsa")).findFirst()
                .orElseThrow();
        assertThat(texts(tarsa)).containsExactly("Nuri el-Tarsa", "Tarsa");
        // named by the full form, particle included, not by the lone surname
        Entity selman = tagged.entities().stream().filter(e -> texts(e).contains("Selman")).findFirst().orElseThrow();
        assertThat(selman.name()).isEqualTo("Hamad bin Selman");
    }

    @Test
    void aParticleAfterACaseSuffixStartsTheNextName() {
        // Velora'nın Al-Zerhan takımına: the player's genitive ends him; the club's Al- is not his surname
        List<Entity> e = entities("Oyuncu Velora'nın Al-Zerhan takımına geçmesi bekleniyor.\n",
                Map.of("Velora'nın", "B-PER", "Al", "I-PER", "-", "I-PER", "Zerhan", "I-PER"));
        assertThat(e).extracting(Entity::name).contains("Velora").doesNotContain("Velora'nın Al-Zerhan");
    }

    @Test
    void capitalisedWordsEndingInAnOrganisationHeadAreAnOrganisationWhenTheTaggerMissesThem() {
        Article read = new WireParser().parse("heads",
                "Dün akşam Yeşil Ova Partisi'nin kongresi yapıldı. Partisi belli değil.\n", Metadata.empty());
        Article tokenized = new MorphAnnotator().annotate(new TextAnnotator().annotate(read));
        Article tagged = new EntityAnnotator(sentences -> sentences.stream()
                .map(s -> s.stream().map(f -> "O").toList()).toList(), a -> List.of()).annotate(tokenized);
        assertThat(tagged.entities()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ORGANIZATION");
            assertThat(e.name()).isEqualTo("Yeşil Ova Partisi");
            assertThat(texts(e)).containsExactly("Yeşil Ova Partisi'nin");
        });
    }

    @Test
    void aPlaceBeforeBelediyeIsTheMunicipality() {
        Entity m = entity("Demirtepe Belediyesi");
        assertThat(m.type()).isEqualTo("ORGANIZATION");
        assertThat(texts(m)).containsExactly("Demirtepe Belediye");
    }

    @Test
    void organisationsGroupByLexiconAliasesAndByInitials() {
        Entity chp = entity("CHP");
        assertThat(chp.aliases()).contains("Cumhuriyet Halk Partisi");
        assertThat(texts(chp)).containsExactly("CHP'nin", "Cumhuriyet Halk Partisi");
        Entity ydp = article.entities().stream().filter(e -> texts(e).contains("YDP'nin")).findFirst().orElseThrow();
        assertThat(texts(ydp)).containsExactly("YDP'nin", "Yeni Demokrasi Partisi");
        assertThat(ydp.id()).isNotBlank();
    }

    @Test
    void idsAreUniqueSlugs() {
        assertThat(article.entities().stream().map(Entity::id).distinct().count())
                .isEqualTo(article.entities().size());
        assertThat(EntityGrouper.slug("Kemal Orhun")).isEqualTo("kemal-orhun");
        assertThat(EntityGrouper.slug("İzmir Büyükşehir Belediyesi")).isEqualTo("izmir-buyuksehir-belediyesi");
    }
}
