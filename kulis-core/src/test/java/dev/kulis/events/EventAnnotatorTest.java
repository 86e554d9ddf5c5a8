package dev.kulis.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Event;
import dev.kulis.roles.Stories;
import org.junit.jupiter.api.Test;

/** Events on stories written for the test (fictional people, parties and places). */
class EventAnnotatorTest {
    private static Event event(Article a, String type) {
        return a.events().stream().filter(e -> e.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " among " + a.events()));
    }

    private static java.util.List<String> names(Event e) {
        return e.participants().stream().map(EntityRef::name).toList();
    }

    @Test
    void pastEventsWithParticipantsPlaceAndTime() {
        Article a = Stories.kars();
        Event visit = event(a, "visit");
        assertThat(names(visit)).containsExactly("Selim Karataş", "Derya Karataş", "Orhan Dikmen");
        assertThat(visit.place()).isEqualTo("makamında");
        assertThat(visit.time()).isEqualTo("2020-03");
        assertThat(visit.modality()).isEqualTo("past");
        assertThat(names(event(a, "meeting"))).contains("Emre Aksoy", "Leyla Tan");
        assertThat(names(event(a, "criticism"))).containsExactly("Hakan Öztürk", "Orhan Dikmen");
        assertThat(names(event(a, "congratulation"))).containsExactly("Cemal Ersoy", "Burak Kaya");
        assertThat(event(a, "invitation").modality()).isEqualTo("past");
        Event election = event(a, "election");
        assertThat(election.time()).isEqualTo("2020-06-14");
        assertThat(election.modality()).isEqualTo("future");
        for (Event e : a.events()) {
            assertThat(a.text().substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    @Test
    void modalityFromTheVerb() {
        Article a = Stories.annotate("plans", """
                date 2021-05 Ece TOPRAK/ORDU, () - Ordu Belediye Başkanı Kenan Uysal, Vali Derya Sönmez'i Perşembe'de yemeğe davet edeceğini söyledi. Uysal, Sönmez'in projesine destek vereceklerini açıkladı.

                Uysal, Sönmez'i ziyaret etmedi.
                """);
        Event inv = event(a, "planned_invitation");
        assertThat(inv.modality()).isEqualTo("future");
        assertThat(names(inv)).contains("Kenan Uysal", "Derya Sönmez");
        assertThat(event(a, "support_pledge").modality()).isEqualTo("future");
        assertThat(event(a, "visit").modality()).isEqualTo("negated");
    }

    @Test
    void meetingsOnlyFromTheVerbOfMeeting() {
        Article a = Stories.annotate("meetings", """
                date 2021-05 Ece TOPRAK/ORDU, () - Vali Derya Sönmez, konuyla ilgili görüşünü Kenan Uysal'a iletti.
                Sönmez ile Uysal arasındaki görüşme uzun sürdü. Projenin ayrıntıları gelecek hafta görüşülecek.

                Sönmez, daha sonra Ordu'da Selin Aydemir ile görüştü.
                """);
        assertThat(a.events().stream().filter(e -> e.type().equals("meeting")))
                .singleElement().satisfies(e -> assertThat(e.text()).endsWith("görüştü"));
        assertThat(names(event(a, "meeting"))).contains("Selin Aydemir");
    }

    @Test
    void noCelebrationAsCongratulationNorCongressAsElection() {
        Article a = Stories.annotate("celebration", """
                date 2021-05 Ece TOPRAK/ORDU, () - Kentin kuruluşunun yıldönümü 12 Haziran'da kutlanacak.
                Yasa, 3 Mart 2021'de Kongre'den geçti. Vali Derya Sönmez, Kenan Uysal'ı kutladı.
                """);
        assertThat(a.events()).noneMatch(e -> e.type().equals("election"));
        assertThat(a.events().stream().filter(e -> e.type().equals("congratulation")))
                .singleElement().satisfies(e -> assertThat(e.text()).endsWith("kutladı"));
    }

    @Test
    void participleHeadsPlacesAndNoFalseEvents() {
        Article a = Stories.annotate("participles", """
                date 2021-05 Ece TOPRAK/ORDU, () - Karar, Ordu Ticaret Odası'nda üyelerle bir araya gelen Selin Aydemir'in tepkisini çekti. Kararı sert bir dille eleştiren Yeni Ufuk Partisi Ordu Milletvekili Kenan Uysal, açıklama yaptı.

                Ankette Uysal'a yüzde 40 destek çıktı. Kentte çiftçilere mazot desteği veriliyor. Meclis, 2 ile 3 yıllık bir planı görüşüyor.

                Ordu Eğitim Vakfı, öğrencilere burs desteği vermeye devam ediyor. Halk, Zafer Bayramı'nı coşkuyla kutladı. Seçimlerin 9 Ekim'de yapılacağı açıklandı.
                """);
        Event criticism = event(a, "criticism");
        assertThat(names(criticism)).contains("Kenan Uysal");
        Event meeting = event(a, "meeting");
        assertThat(names(meeting)).containsExactly("Selin Aydemir");
        assertThat(meeting.place()).isEqualTo("Ordu Ticaret Odası");
        assertThat(a.events()).noneMatch(e -> e.type().equals("congratulation"));
        // burs desteği vermeye devam ediyor: a scholarship is material aid, no pledge (round K)
        assertThat(a.events()).noneMatch(e -> e.type().equals("support_pledge"));
        assertThat(event(a, "election").modality()).isEqualTo("future");
    }

    @Test
    void genitiveSubjectOfAComplementClause() {
        Article a = Stories.annotate("complement", """
                date 2021-05 Ece TOPRAK/ORDU, () - Kenan Uysal, Yeni Ufuk Partisi'nin geçen hafta Derya Sönmez'in kararını eleştirdiğini söyledi.
                """);
        assertThat(names(event(a, "criticism"))).containsExactly("Yeni Ufuk Partisi", "Derya Sönmez");
    }

    @Test
    void agentsOfOtherVerbsAndPossessorsTakeNoPart() {
        Article a = Stories.annotate("agents", """
                date 2021-05 Ece TOPRAK/ORDU, () - Kenan Uysal, dün Vali Derya Sönmez tarafından kabul edilen Selin Aydemir ile görüştü.
                """);
        assertThat(names(event(a, "meeting"))).containsExactly("Kenan Uysal", "Selin Aydemir");
    }

    @Test
    void supportThatExistsAndParticiplesInQuotes() {
        Article a = Stories.annotate("exists", """
                date 2021-05 Ece TOPRAK/ORDU, () - Kenan Uysal, halkın desteği olduğu sürece başaracaklarını söyledi. Vali Derya Sönmez, "Şüpheli yakalandı. Selin Aydemir ile en son görüşen kişi o." dedi.
                """);
        assertThat(a.events()).noneMatch(e -> e.type().equals("support_pledge"));
        // the one who met is "kişi", no name: the evidence gate gives no event (this asserted a meeting before)
        assertThat(a.events()).noneMatch(e -> e.type().equals("meeting") && names(e).contains("Derya Sönmez"));
    }

    @Test
    void relativeClauseSubjectsSpansAndNecessity() {
        Article a = Stories.annotate("relative", """
                date 2021-05 Ece TOPRAK/ORDU, () - Kenan Uysal'ın aday gösterdiği Selin Aydemir, dün Derya Sönmez ile görüştü.
                Aydemir, "Çiftçilere destek vermeli ve onları dinlemeliyiz" dedi. Partinin oyu 1999 yılından bu yana yapılan seçimlerde arttı.
                """);
        assertThat(names(event(a, "meeting"))).containsExactly("Selin Aydemir", "Derya Sönmez");
        // support to farmers, no named beneficiary: no pledge
        assertThat(ofType(a, "support_pledge")).isEmpty();
        assertThat(a.events()).noneMatch(e -> e.type().equals("election"));
    }

    @Test
    void organisersOwnersAndConstituenciesTakeNoPart() {
        Article a = Stories.annotate("organisers", """
                date 2021-05 Ece TOPRAK/ORDU, () - Ordu Ticaret Odası işbirliğiyle düzenlenen toplantıda Kenan Uysal, Selin Aydemir ile görüştü.
                Boğaçspor forması giyen gençler de eyleme destek verdi. Uysal, 3 Mart'ta seçim bölgesi Ordu'da konuştu.
                """);
        assertThat(names(event(a, "meeting"))).containsExactly("Kenan Uysal", "Selin Aydemir");
        // gençler (a common noun) give no named actor: no event (the evidence gate; this asserted an empty pledge before)
        assertThat(a.events()).noneMatch(e -> e.type().equals("support_pledge"));
        assertThat(a.events()).noneMatch(e -> e.type().equals("election"));
    }

    @Test
    void noGenericVisitsHolidaysQuestionsOrGatherings() {
        Article a = Stories.annotate("generic", """
                date 2021-05 Ece TOPRAK/ORDU, () - Dünya'yı her 30 yılda bir ziyaret eden kuyruklu yıldız yine görüldü. Ordu'da en çok ziyaret edilen müze Kale Müzesi oldu. Cemaat, ayinlerle Noel'i kutladı. Halk, kentin kurtuluşu kutladı.

                Polisin kimlerle, ne zaman görüştüğünün belirlenmesi gerekiyor. Vali Derya Sönmez'i eleştirenler de toplandı. Kurullar eski kayıtlarını, dosya üzerinde görüşüyordu. Yaşlılar Kültür Merkezi'nde bir araya geldi.

                Vali Derya Sönmez, Ordu Belediyesi'ni ziyaret etti. Sönmez, Kenan Uysal'ı kutladı.
                """);
        assertThat(a.events().stream().filter(e -> e.type().equals("visit")))
                .singleElement().satisfies(e -> assertThat(names(e)).contains("Derya Sönmez"));
        assertThat(a.events().stream().filter(e -> e.type().equals("congratulation")))
                .singleElement().satisfies(e -> assertThat(names(e)).contains("Kenan Uysal"));
        assertThat(a.events()).noneMatch(e -> e.type().equals("meeting") || e.type().equals("criticism"));
    }

    @Test
    void placeNamesQuotesConverbsAndWillingness() {
        Article a = Stories.annotate("places", """
                date 2021-05 Ece TOPRAK/ORDU, () - Vali Derya Sönmez, Ordu Valiliği Merkez Bina'da Kenan Uysal ile görüştü.

                Selin Aydemir, "Ben bu eylemi hükümeti eleştiren bir eylem olarak görüyorum" dedi. Aydemir, "Gençlerimize her zaman destek olurum" dedi.

                Uysal, halkı Sönmez'e destek vermeye çağırdı. Vali Derya Sönmez ve partililer tarafından karşılanan Selin Aydemir, esnafı ziyaret etti.

                Sönmez, Uysal ile görüşüp yeni projeyi açıklayacak. Ordu Belediyesi'ndeki Kenan Uysal, Selin Aydemir'i ziyaret etti.
                """);
        assertThat(a.events().stream().filter(e -> e.type().equals("visit")))
                .allSatisfy(e -> assertThat(names(e)).doesNotContain("Ordu Belediyesi", "Derya Sönmez"));
        // gençlerimize destek olurum: support to people, no named beneficiary, pledges nothing checkable
        assertThat(ofType(a, "support_pledge")).isEmpty();
        // no year and no article date: whether the election was held is unknown
        assertThat(Stories.annotate("nodate", "Parti, 14-15 Mayıs'taki seçime ilişkin kampanyasını anlattı.\n").events())
                .noneMatch(e -> e.type().equals("election"));
        assertThat(a.events().stream().filter(e -> e.type().equals("criticism")))
                .allSatisfy(e -> assertThat(names(e)).doesNotContain("Selin Aydemir"));
        assertThat(a.events().stream().filter(e -> e.type().equals("meeting")))
                .allSatisfy(e -> assertThat(names(e)).doesNotContain("Ordu Valiliği"))
                .anySatisfy(e -> assertThat(e.modality()).isEqualTo("future"));
    }

    private static java.util.List<Event> ofType(Article a, String type) {
        return a.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void evidenceGateDropsUnassertedClauses() {
        Article a = Stories.annotate("unasserted", """
                date 2021-05 Ece TOPRAK/ORDU, () - Vali Derya Sönmez, Kenan Uysal ile görüşürse sorun çözülür. Sönmez, yarın Uysal ile görüşebilir.
                Sönmez, "Uysal ile görüşmeden karar vermeyeceğim" dedi. Selin Aydemir, "Sönmez ile görüşsek derdimizi anlatırız" dedi.

                Uysal'ın Sönmez ile görüşüp görüşmediği bilinmiyor. Uysal'ın Sönmez ile gizlice görüştüğü iddia edildi.
                İddiaya göre Kenan Uysal, dün Selin Aydemir ile görüştü. Aydemir, Sönmez ile görüşmüş gibi davrandı.

                Aydemir, Uysal'ın kararı eleştireceğini düşünmüyor. Kenan Uysal her hafta Selin Aydemir ile görüşür.
                Uysal, Sönmez ile sık sık görüşüyor. Siz de Derya Sönmez'e destek vereceksiniz.
                """);
        assertThat(a.events()).noneMatch(e -> e.type().equals("meeting") || e.type().equals("criticism")
                || e.type().equals("support_pledge"));
    }

    @Test
    void evidenceGateNeedsANamedActor() {
        Article a = Stories.annotate("actors", """
                date 2021-05 Ece TOPRAK/ORDU, () - Gençler, Derya Sönmez'in kararına tepki gösterdi. Vatandaşlar Ordu Valiliği'ni ziyaret etti.
                Sönmez'i eleştiren bir bildiri yayımlandı. Kenan Uysal, vatandaşların en çok Kale Müzesi'ni ziyaret ettiğini söyledi.

                Ordu Gençlik Derneği'nden üyeler ve Ordu Spor Kulübü'nden sporcular bir araya geldi. Uysal, gülümseyerek tepki gösterdi.
                Vali Derya Sönmez, Öğretmenler Günü'nü tebrik etti.
                """);
        assertThat(a.events()).isEmpty();
    }

    @Test
    void evidenceGateKeepsReportedAndRelativeEvents() {
        Article a = Stories.annotate("asserted", """
                date 2021-05 Ece TOPRAK/ORDU, () - Kenan Uysal, dün Selin Aydemir ile görüştüğünü söyledi.
                Derya Sönmez ile görüştüğünü açıklayan Selin Aydemir, yeni projeyi anlattı.

                Kenan Uysal, Selin Aydemir'in ailesini ziyaret etti. Uysal'ın eleştirdiği karar geri çekildi.
                """);
        assertThat(ofType(a, "meeting")).anySatisfy(e -> assertThat(names(e)).contains("Kenan Uysal", "Selin Aydemir"))
                .anySatisfy(e -> assertThat(names(e)).contains("Selin Aydemir", "Derya Sönmez"));
        assertThat(ofType(a, "visit")).singleElement().satisfies(e -> {
            assertThat(names(e)).contains("Kenan Uysal");
            assertThat(names(e)).doesNotContain("Selin Aydemir");
        });
        assertThat(names(event(a, "criticism"))).containsExactly("Kenan Uysal");
    }

    @Test
    void laterYearsThanAComingElectionAreToCome() {
        Article a = Stories.annotate("years", """
                Yeni Ufuk Partisi, 2031'de yapılacak genel seçime hazırlanıyor. Parti, 2031'deki genel seçimde Kenan Uysal'ı aday gösterecek.
                """);
        assertThat(ofType(a, "election")).isNotEmpty().allSatisfy(e -> assertThat(e.modality()).isEqualTo("future"));
    }

    @Test
    void roundKFundingAidAndFieldsAreNoPledge() {
        Article a = Stories.annotate("funding", """
                date 2022-03 Ece TOPRAK/ORDU, () - Ordu Valisi Derya Sönmez, kentteki kooperatiflere yüzde 50 hibe desteği verecek. Kalkınma Ajansı, yerli fındık üretimine destek verdi. 'Geleceğe Adım' projesiyle gençlere destek olan Kenan Uysal, dün Selin Aydemir ile bir araya geldi. Belediye Başkanı Kenan Uysal, Tarım Kredi aracılığıyla çiftçilere destek verdiklerini söyledi.

                Uysal ayrıca, Ordu Spor Kulübü'ne destek vereceğini açıkladı. Sönmez, Aydemir'in adaylığına her türlü desteği vermeye hazır olduğunu kaydetti.
                """);
        java.util.List<Event> pledges = a.events().stream().filter(e -> e.type().equals("support_pledge")).toList();
        assertThat(pledges).hasSize(2);
        assertThat(names(pledges.get(0))).containsExactly("Kenan Uysal", "Ordu Spor Kulübü");
        assertThat(pledges.get(0).modality()).isEqualTo("future");
        // vermeye hazır: ready to, planned
        assertThat(pledges.get(1).text()).endsWith("vermeye");
        assertThat(pledges.get(1).modality()).isEqualTo("planned");
    }

    @Test
    void roundKCelebrationsThirdPartiesAndStepsBeforeAFutureVerb() {
        Article a = Stories.annotate("roundk", """
                date 2022-03 Ece TOPRAK/ORDU, () - Vali Derya Sönmez, "Kurtuluş gününü her yıl meydanda kutladık onu. Çok güzeldi." dedi. Vali Sönmez, Kenan Uysal'ı kutladı.

                Partinin il başkanı Selin Aydemir, "Genel Başkanımız, yarın ilimizi ziyaret etmiş olacak." dedi. Sönmez, pazartesi sabahı Ünye Kalesi'ni ziyaret ettikten sonra Samsun'a geçecek.

                Mart 2024'teki yerel seçimin 10 Kasım 2023'e çekilmesini öngören yasa teklifi Meclis'te. Referanduma gidilse bile 10 Kasım 2023 tarihinde sandık kurulmasında sorun olmaz.

                Kulübün yöneticileriyle de görüşeceklerinin altını çizen Kenan Uysal, açıklama yaptı. Toplantıda görüşlerin aktarıldığını anlatan Uysal, başka partilerin kendilerine destek vermediklerini söylediklerini kaydetti. Başkanın programı uygun olmadığı için Sönmez ile görüşemediğini anlatan Uysal, sonra ayrıldı.
                """);
        // a celebration congratulates no one; the congratulation of a named person stays
        assertThat(a.events().stream().filter(e -> e.type().equals("congratulation")))
                .singleElement().satisfies(e -> assertThat(names(e)).containsExactly("Derya Sönmez", "Kenan Uysal"));
        // Genel Başkanımız … ziyaret etmiş olacak: not the speaker's visit; ettikten sonra … geçecek: future
        assertThat(a.events().stream().filter(e -> e.type().equals("visit")))
                .singleElement().satisfies(e -> {
                    assertThat(names(e)).containsExactly("Derya Sönmez");
                    assertThat(e.modality()).isEqualTo("future");
                });
        // a proposed date is planned, not held
        assertThat(a.events().stream().filter(e -> e.type().equals("election")))
                .singleElement().satisfies(e -> assertThat(e.modality()).isEqualTo("planned"));
        // the reporter is no actor of what other parties or a leader did
        assertThat(a.events()).noneMatch(e -> e.type().equals("support_pledge"));
        // … görüşeceklerinin altını çizen Uysal: a possessor of the partner leaves the reporter the actor
        assertThat(a.events().stream().filter(e -> e.type().equals("meeting")))
                .singleElement().satisfies(e -> assertThat(e.modality()).isEqualTo("future"));
    }

    @Test
    void roundKBrokenParticipants() {
        Article a = Stories.annotate("broken", """
                date 2022-03 Ece TOPRAK/ORDU, () - Vali Derya Sönmez konuştu.

                UYSAL'LA DA GÖRÜŞTÜK

                Kayıp Gürcü askerlerle bizzat görüştüğünü dile getiren Kenan Uysal, sevincini paylaştı.
                """);
        // a subheading in capitals tells no event; a nationality adjective is no participant
        assertThat(a.events().stream().filter(e -> e.type().equals("meeting")))
                .singleElement().satisfies(e -> assertThat(names(e)).containsExactly("Kenan Uysal"));
    }

    @Test
    void roundKGluedNamesNameNoOne() {
        Article a = Stories.annotate("glued", """
                Sönmez Uysal ile yemekte
                Vali Derya Sönmez, Ankara'da temaslarını sürdürüyor. Dün akşam verilen yemekte Bakan Kenan Uysal ile yan yana oturan Sönmez'in, Uysal ile kentin sorunlarını ele aldığı öğrenildi. Uysal, daha sonra Milletvekili Selin Aydemir ile görüştü.
                """);
        // the headline glued two surnames into one person (Sönmez Uysal): an event naming it is dropped
        assertThat(a.events()).noneMatch(e -> names(e).contains("Sönmez Uysal"));
    }

    @Test
    void roundKPledgesNeedABeneficiaryAndCongratulationsAPerson() {
        Article a = Stories.annotate("beneficiary", """
                date 2022-03 Ece TOPRAK/ORDU, () - Selin Aydemir, "Biz bu sürece destek veriyoruz" dedi. Yönetim kurulu üyeleriyle birlikte görevden alınan Kenan Uysal, kurultayda aday Derya Sönmez'e destek vermişti.

                Vali Sönmez, "Kendisini kutluyorum" dedi.

                Bakan Kenan Uysal ise medeni cesaretlerinden ötürü kız öğrencileri kutladığını, sorunlarını Kaymakam Selin Aydemir'e anlatmalarını istedi.
                """);
        // support of a process goes to no one; üyeleriyle birlikte is a partner, no means
        assertThat(a.events().stream().filter(e -> e.type().equals("support_pledge")))
                .singleElement().satisfies(e -> assertThat(names(e)).containsExactly("Kenan Uysal", "Derya Sönmez"));
        // a person as the object of kutla: congratulations, even with one named party
        assertThat(a.events().stream().filter(e -> e.type().equals("congratulation"))).hasSize(2);
    }

    @Test
    void roundKRelativeClausesPollsAndLongerNames() {
        Article a = Stories.annotate("relclause", """
                date 2022-03 Ece TOPRAK/ORDU, () - Sönmez'le, Vali Kenan Uysal'ın da olduğu bir aile ortamında bir araya geldiklerini aktaran Selin Aydemir konuştu. Ordu 2024 yılının sonbaharında referanduma gidecek. Bakan Derya Sönmez, Mimar Sinan Mahallelerinin sakinleriyle görüştü.
                """);
        // a relative clause with its own genitive subject leaves the reporter the actor
        assertThat(a.events()).anySatisfy(e -> assertThat(names(e)).contains("Selin Aydemir"));
        // referanduma gidecek: the polls are to come
        assertThat(event(a, "election").modality()).isEqualTo("future");
        // a person's name inside a longer name (Mimar Sinan Mahalleleri) takes no part
        assertThat(a.events()).allSatisfy(e -> assertThat(names(e)).doesNotContain("Mimar Sinan"));
    }

    @Test
    void roundKKinshipNamesAndPastProgressive() {
        String story = """
                date 2022-03 Ece TOPRAK/ORDU, () - Ordu'da yaşayan Zeki Aksoy, yeğeninin orada çalıştığını ifade etti. Emre Aksoy ile en son 2 yıl önce görüştüğünü dile getiren %s Aksoy, yeğeninin bu yıl gelmediğini söyledi.

                Selin Aydemir, "Ordu'da olan amcalarımla görüşüyordum" dedi.
                """;
        // Amca Aksoy: a kinship word makes no person's name (whether the tagger glues it to the surname, and the
        // events then name no one, or leaves it out, and the surname joins the first Aksoy); Ali Aksoy does
        assertThat(Stories.annotate("kin", story.formatted("Amca")).events())
                .allSatisfy(e -> assertThat(names(e)).noneMatch(n -> n.contains("Amca")));
        assertThat(names(event(Stories.annotate("named", story.formatted("Ali")), "meeting")))
                .containsExactly("Ali Aksoy", "Emre Aksoy");
    }

    @Test
    void strictMeetingsOnlyWithAPartnerInTheComitative() {
        Article a = Stories.annotate("strict-meetings", """
                date 2022-03 Ece TOPRAK/ORDU, () - Enerji Kurulu, yeni tebliği hazırlayarak görüşe açtı. Yeni Ufuk Partisi Ordu İl Başkanlığı, büyük bir coşkuyla bir araya geldi.

                Vali Derya Sönmez, dün Kenan Uysal ile görüştü.
                """);
        // görüşe açtı: opened for consultation; coşkuyla: a manner, not a partner
        assertThat(ofType(a, "meeting")).singleElement()
                .satisfies(e -> assertThat(names(e)).containsExactly("Derya Sönmez", "Kenan Uysal"));
    }

    @Test
    void noQuoteSpeakerNorSourceAsParticipant() {
        Article a = Stories.annotate("strict-speaker", """
                date 2022-03 Ece TOPRAK/ORDU, () - Selin Aydemir, "Kenan Uysal yarın Derya Sönmez ile görüşecek" dedi.

                Ajansın haberine göre Emre Aksoy, dün Cemal Ersoy ile görüştü. Burak Kaya'ya göre Hakan Öztürk, Zeki Tan'ı ziyaret etti.
                """);
        // the speaker of a third-person quote, a mention before göre and the genitive of haber take no part
        assertThat(a.events()).allSatisfy(e -> assertThat(names(e)).doesNotContain("Selin Aydemir", "Burak Kaya"));
        assertThat(ofType(a, "meeting")).anySatisfy(e -> assertThat(names(e)).contains("Emre Aksoy", "Cemal Ersoy"));
        assertThat(names(event(a, "visit"))).containsExactly("Hakan Öztürk", "Zeki Tan");
    }

    @Test
    void supportPledgeOnlyBetweenTwoNamedParties() {
        Article a = Stories.annotate("strict-support", """
                date 2022-03 Ece TOPRAK/ORDU, () - Kenan Uysal, gençlere destek verdi. Derya Sönmez, Emre Aksoy'u Selin Aydemir'e destek olmaya davet etti.

                Hakan Öztürk, "Cemal Ersoy'a destek veririz" dedi.
                """);
        // support to people, and support asked of others, pledge nothing; the aorist offers, it does not give
        assertThat(ofType(a, "support_pledge")).singleElement().satisfies(e -> {
            assertThat(names(e)).containsExactly("Hakan Öztürk", "Cemal Ersoy");
            assertThat(e.modality()).isEqualTo("planned");
        });
    }

    @Test
    void electionsNotDatedByResultsAndFutureYearsWithoutArticleDate() {
        Article dated = Stories.annotate("strict-results", """
                date 2022-03 Ece TOPRAK/ORDU, () - Kurul, seçim sonuçlarının kesinleşeceği 30 Nisan'a kadar itirazları inceleyecek.
                """);
        assertThat(ofType(dated, "election")).isEmpty();
        Article strike = Stories.annotate("strict-other-clause", """
                date 2022-03 Ece TOPRAK/ORDU, () - Kenan Uysal, demokratik bir seçime engel olacağını sebep göstererek 21 Ocak'ta açlık grevine başladı.
                """);
        // the date belongs to the hunger strike's clause, not to the election
        assertThat(ofType(strike, "election")).isEmpty();
        Article undated = Stories.annotate("strict-future-year", """
                Ece TOPRAK/ORDU, () - Yeni Ufuk Partisi, 2019 yerel seçimlerinde aldığı oyu anlattı. Parti yöneticileri, 2024 yerel seçimlerinde Ordu'yu kazanacaklarını söyledi.
                """);
        assertThat(ofType(undated, "election")).anySatisfy(e -> {
            assertThat(e.time()).isEqualTo("2024");
            assertThat(e.modality()).isEqualTo("future");
        }).anySatisfy(e -> {
            assertThat(e.time()).isEqualTo("2019");
            assertThat(e.modality()).isEqualTo("past");
        });
    }

    @Test
    void aoristOffersArePlannedAndAKenClauseHasItsOwnSubject() {
        Article a = Stories.annotate("strict-aorist", """
                date 2022-03 Ece TOPRAK/ORDU, () - Kenan Uysal, "Derya Sönmez'i memnuniyetle davet ederiz" dedi.
                Zeki Tan, "Valimizi bu sene de özel olarak davet etmişler" dedi.

                Selin Aydemir, "Oğlumu özledim" derken eşi Emre Aksoy ise gelecek hafta Ordu'ya gelip yetkililerle görüşeceğini söyledi.
                """);
        // davet ederiz: an offer, planned at most
        assertThat(ofType(a, "invitation")).isEmpty();
        assertThat(event(a, "planned_invitation").modality()).isEqualTo("planned");
        // davet etmişler: they invited; our governor makes the speaker no party
        assertThat(a.events()).allSatisfy(e -> assertThat(names(e)).doesNotContain("Zeki Tan"));
        // the speaker of the -ken clause takes no part in her husband's meeting
        assertThat(ofType(a, "meeting")).allSatisfy(e -> assertThat(names(e)).doesNotContain("Selin Aydemir"));
    }

    @Test
    void namesJoinedByVeOnlyAsPersonsOrOrganisations() {
        Article a = Stories.annotate("strict-gathering", """
                date 2022-03 Ece TOPRAK/ORDU, () - Yeni Ufuk Partisi Ordu İl Başkanlığı, dün gece Kabadüz Beldesi'ndeki toplantıda bir araya geldi.

                Vali Derya Sönmez ve Başkan Kenan Uysal dün bir araya geldi.
                """);
        // dün gece and a place are no second party; two names joined by ve are
        assertThat(ofType(a, "meeting")).singleElement()
                .satisfies(e -> assertThat(names(e)).containsExactly("Derya Sönmez", "Kenan Uysal"));
    }

    @Test
    void choosingSharesIsNoElection() {
        Article a = Stories.annotate("choosing", """
                date 2021-05 Ece TOPRAK/ORDU, () - Uzmanlara göre 2022 yılında hisse bazında seçimler çok daha önem kazanacak.
                Ordu'da 2022 yılında yapılacak yerel seçimler için hazırlıklar sürüyor.
                """);
        assertThat(a.events().stream().filter(e -> e.type().equals("election")).toList()).hasSize(1);
        assertThat(event(a, "election").text()).contains("yerel seçim");
    }

    @Test
    void participantsAndPlacesOnlyFromTheVerbsOwnClause() {
        Article a = Stories.annotate("other-verb", """
                date 2021-05 Ece TOPRAK/ORDU, () - Vali Derya Sönmez, Samsun'da kaybolan gazeteci Kenan Uysal'ın eşi Leyla Uysal ile görüştü.
                Başkan Orhan Dikmen, Selim Karataş ile aynı davada yargılanmasını eleştiren Burak Kaya'yı ziyaret etti.
                Programda Emre Aksoy'un "Ordu'da iş yapan tek parti bizimkidir" sözlerine Hakan Öztürk tepki gösterdi.
                """);
        Event meeting = event(a, "meeting");
        assertThat(names(meeting)).contains("Derya Sönmez", "Leyla Uysal");
        assertThat(meeting.place()).isNull();
        assertThat(event(a, "criticism").place()).isNull();
        assertThat(a.events().stream().flatMap(e -> names(e).stream())).doesNotContain("Selim Karataş");
    }

    @Test
    void thePartyOfATitleTakesNoPart() {
        Article a = Stories.annotate("title-party", """
                date 2021-05 Ece TOPRAK/ORDU, () - YDP Ordu Milletvekili Kenan Uysal, Ünye ilçesine bağlı köyleri ziyaret etti.
                """);
        assertThat(names(event(a, "visit"))).contains("Kenan Uysal").doesNotContain("YDP");
    }

    @Test
    void aNestedQuotesFirstPersonIsNotTheOuterSpeakers() {
        Article a = Stories.annotate("nested-quote", """
                date 2021-05 Ece TOPRAK/ORDU, () - Vali Derya Sönmez, "Şimdi bakıyoruz, büyükelçi 'ben davet ettim' diyor. Bunu kabul etmiyoruz" dedi.
                """);
        assertThat(a.events().stream().filter(e -> e.type().equals("invitation")).toList()).isEmpty();
    }

    @Test
    void theReporterIsNotTheActorOfWhatOthersDid() {
        Article a = Stories.annotate("reporter", """
                date 2021-05 Ece TOPRAK/ORDU, () - Kenan Uysal ayrıca, pek çok Ordu heyetinin Ünye'yi ziyaret ederek projeye yönelik adım attığını sözlerine ekledi.
                """);
        assertThat(a.events().stream().filter(e -> e.type().equals("visit")).flatMap(e -> names(e).stream()))
                .doesNotContain("Kenan Uysal");
    }

    @Test
    void supportGivenAsTheReasonForThanksIsNotTheThankersPledge() {
        Article a = Stories.annotate("thanks", """
                date 2021-05 Ece TOPRAK/ORDU, () - Başkan Kenan Uysal, konunun altını çizerek Derya Sönmez'e de destek verdiği için teşekkür etti.
                """);
        assertThat(a.events().stream().filter(e -> e.type().equals("support_pledge")).toList()).isEmpty();
    }

    @Test
    void aBareSubjectBeforeARelativeClauseStaysTheActor() {
        Article a = Stories.annotate("bare-subject", """
                date 2021-05 Ece TOPRAK/ORDU, () - Vali Derya Sönmez çalışma ziyareti için geldiği Ünye'de Başkan Kenan Uysal ile bir araya geldi.
                """);
        assertThat(names(event(a, "meeting"))).contains("Derya Sönmez", "Kenan Uysal");
    }

    @Test
    void reportedSpeechOfAnUnnamedGroupNamesNoActor() {
        Article a = Stories.annotate("reported", """
                date 2021-05 Ece TOPRAK/ORDU, () - Müftü Kemal Aydoğdu, ekibin geçen yıl kurulduğunu belirtti. Gönüllü rehberlerin aileleri bizzat ziyaret ettiğini belirten Aydoğdu, çalışmaları anlattı.

                DEP Genel Başkanı Murat Yılmazer, Bursa'da Ahmet Kaya ile görüşecek ikinci heyetin hazır olduğunu söyledi.
                """);
        assertThat(ofType(a, "visit")).isEmpty();
        assertThat(ofType(a, "meeting")).isEmpty();
    }

    /** The standard pipeline with the tagger replaced by fixed tags per token text. */
    private static Article withTags(String text, java.util.Map<String, String> tags) {
        dev.kulis.entities.MentionTagger tagger = sentences -> sentences.stream()
                .map(s -> s.stream().map(f -> tags.getOrDefault(f, "O")).toList()).toList();
        dev.kulis.pipeline.Pipeline p = new dev.kulis.pipeline.Pipeline(java.util.List.of(
                new dev.kulis.text.TextAnnotator(), new dev.kulis.morph.MorphAnnotator(),
                new dev.kulis.time.TimeAnnotator(), new dev.kulis.entities.EntityAnnotator(tagger, a -> java.util.List.of()),
                new dev.kulis.quotes.QuoteAnnotator(), new dev.kulis.roles.RoleAnnotator(), new EventAnnotator()));
        return p.annotate(new dev.kulis.wire.WireParser().parse("tags", text, dev.kulis.model.Metadata.empty()));
    }

    @Test
    void aVisitToANameCutInTwoIsNoEventToTheWholeNameItIs() {
        String text = "date 2021-05 Ece TOPRAK/ORDU, () - Burhan Kocadağ, konferansa katılmak için geldiği Bolu'da "
                + "Yeşil Yol Partisi İl Başkanlığı'nı ziyaret etti.\n";
        java.util.Map<String, String> person = java.util.Map.of("Burhan", "B-PER", "Kocadağ", "I-PER", "Bolu'da", "B-LOC");
        java.util.Map<String, String> cut = new java.util.HashMap<>(person);
        cut.putAll(java.util.Map.of("Yeşil", "B-ORG", "Yol", "I-ORG", "Partisi", "I-ORG", "İl", "B-ORG",
                "Başkanlığı'nı", "I-ORG"));
        assertThat(ofType(withTags(text, cut), "visit")).isEmpty();
        java.util.Map<String, String> whole = new java.util.HashMap<>(cut);
        whole.put("İl", "I-ORG");
        assertThat(ofType(withTags(text, whole), "visit")).singleElement()
                .satisfies(e -> assertThat(names(e)).containsExactly("Burhan Kocadağ", "Yeşil Yol Partisi İl Başkanlığı"));
    }

    @Test
    void habitsVenuesSplitNamesAndAnniversariesTellNoEvent() {
        Article a = Stories.annotate("habits", """
                date 2021-05 Ece TOPRAK/ORDU, () - Cumhurbaşkanı Mehmet Tan, belirli günlerde hükümet ve MİT Müsteşarı ile görüştüğünü dile getirdi.

                Ankara Kadın Dayanışma Derneği 12. yıldönümünü Medeni Kanun'un 90. yılıyla birlikte kutladı.

                Burhan Kocadağ, konferansa katılmak için geldiği Bolu'da AK Parti İl Başkanlığı'nı ziyaret etti.

                Genel Başkan Selim Kaya CHP Genel Merkezi ve TBMM'de yabancı heyetler ve büyükelçilerle de 41 kez görüştü.
                """);
        assertThat(ofType(a, "congratulation")).isEmpty();
        // whichever way the shipped tagger reads the party office, no visit names part of it (see the next test)
        assertThat(ofType(a, "visit")).hasSizeLessThanOrEqualTo(1)
                .allSatisfy(e -> assertThat(names(e)).containsExactly("Burhan Kocadağ", "AK Parti İl Başkanlığı"));
        assertThat(ofType(a, "meeting")).singleElement()
                .satisfies(e -> assertThat(names(e)).containsExactly("Selim Kaya"));
    }

    @Test
    void aDeclarationQuotedImpersonallyIsNoSpeakersEvent() {
        Article a = Stories.annotate("declaration", """
                date 2021-05 Ece TOPRAK/ORDU, () - Ordu İl Başkanı Kenan Uysal, kongrenin ertelendiğini söyledi. Partililer ise bir bildiri yayımladı. Bildiride, "Yönetimin derhal istifa etmesini bekliyoruz. Tüm kurullarımızı göreve davet ediyoruz." denmişti.
                """);
        assertThat(ofType(a, "invitation")).isEmpty();
    }

    @Test
    void twoNamesSideBySideStayTwoParticipants() {
        Article a = Stories.annotate("side-by-side", """
                date 2021-05 Ece TOPRAK/ORDU, () - Avukat Deniz Korkmaz MİT ve Genelkurmay'dan istenen belgelerin gelmemesini eleştirdi.
                """);
        assertThat(ofType(a, "criticism")).singleElement()
                .satisfies(e -> assertThat(names(e)).contains("Deniz Korkmaz", "MİT"));
    }

    @Test
    void aPersonTheSentenceExcludesTakesNoPart() {
        Article a = Stories.annotate("excluded", """
                date 2021-05 Ece TOPRAK/ORDU, () - Aylar sonra kardeşi Kemal Yurtsever dışında isimlerle görüşen Ayhan Yurtsever, avukatlarına mektup verdi.
                """);
        assertThat(ofType(a, "meeting")).singleElement()
                .satisfies(e -> assertThat(names(e)).containsExactly("Ayhan Yurtsever"));
    }

    @Test
    void theKinNotTheGenitiveParentVisits() {
        Article a = Stories.annotate("kin", """
                date 2021-05 Ece TOPRAK/ORDU, () - Dün Karadeniz gazetesini ziyaret eden Emekli Albay Rıza Tekinalp'in oğlu Onur Tekinalp, davanın yeniden görülmesini istedi.
                """);
        // the son visits, not his father in the genitive (the visited newspaper may count as the host)
        assertThat(ofType(a, "visit")).singleElement()
                .satisfies(e -> assertThat(names(e)).contains("Onur Tekinalp").doesNotContain("Rıza Tekinalp"));
        Article b = Stories.annotate("kin-main", """
                date 2021-05 Ece TOPRAK/ORDU, () - Emekli Albay Rıza Tekinalp'in oğlu Onur Tekinalp dün Karadeniz gazetesini ziyaret etti.
                """);
        assertThat(ofType(b, "visit")).singleElement()
                .satisfies(e -> assertThat(names(e)).containsExactly("Onur Tekinalp"));
    }

    @Test
    void venuesAreNoVisitorsNorCritics() {
        Article a = Stories.annotate("venues", """
                date 2021-05 Ece TOPRAK/ORDU, () - Yoğun ilgi gören ORFUAR 2021'i, Ordu Ticaret Odası koordinasyonunda Ticaret Bakanlığı koordinatörlüğünde ve Ordu İhracatçı Birlikleri Genel Sekreterliği organizatörlüğünde resmi alım heyetleri ziyaret etti.

                Ordu Devlet Hastanesi Çocuk Acil Servisi'ne çocuklarını getirenler, uzun süre beklediklerini belirterek duruma tepki gösterdi.
                """);
        assertThat(ofType(a, "visit")).isEmpty();
        assertThat(ofType(a, "criticism")).allSatisfy(e -> assertThat(names(e)).doesNotContain("Ordu Devlet Hastanesi"));
    }

    @Test
    void aPartyStandingForItsUnnamedMembersTakesNoPart() {
        Article a = Stories.annotate("members", """
                date 2021-05 Ece TOPRAK/ORDU, () - Ordu Milletvekili Ayhan Sezer, geçen hafta yaptığı konuşmayı eleştiren CHP'li milletvekillerine yanıt verdi.
                """);
        assertThat(ofType(a, "criticism")).allSatisfy(e -> assertThat(names(e)).doesNotContain("CHP"));
    }

    @Test
    void guestsAtAnOccasionHoldNoMeeting() {
        Article a = Stories.annotate("occasion", """
                date 2021-05 Ece TOPRAK/ORDU, () - Ordu Sanat Vakfı'nın ressam Sevim Karaca için düzenlediği gecede birbirinden önemli isimler biraraya geldi.
                """);
        assertThat(ofType(a, "meeting")).isEmpty();
    }
}
