package dev.kulis.store.cluster;

import java.util.Random;

/** Fictional stories for the clustering tests (places, people and events are made up). */
final class Stories {
    private Stories() {
    }

    static final String[] WATER = {
        "Kuzeyköy Belediye Meclisi dün akşam yaptığı olağanüstü toplantıda içme suyuna yüzde on beş zam yapılmasını oy çokluğuyla kabul etti.",
        "Toplantıyı yöneten Belediye Başkanı Selim Aydoğdu, barajdaki su seviyesinin son yirmi yılın en düşük düzeyine indiğini hatırlattı.",
        "Aydoğdu, \"Kuraklık sürerse yaz aylarında planlı kesintiler kaçınılmaz olacak\" dedi.",
        "Muhalefet grubu adına söz alan meclis üyesi Nermin Karataş, zammın dar gelirli aileleri zor durumda bırakacağını savundu.",
        "Karataş, eski şebekedeki kaçakların giderilmesi halinde zamma gerek kalmayacağını öne sürdü.",
        "Belediyenin teknik raporuna göre şehir şebekesindeki su kaybı yüzde otuz sekiz civarında bulunuyor.",
        "Rapor, kayıpların büyük bölümünün kırk yıllık asbest borulardan kaynaklandığını ortaya koyuyor.",
        "Başkan Aydoğdu, boru yenileme çalışmalarının önümüzdeki bahar aylarında Çarşı Mahallesi'nden başlayacağını açıkladı.",
        "Projenin toplam maliyetinin yaklaşık 42.500.000 lira olduğu ve kredinin İller Bankası'ndan sağlanacağı belirtildi.",
        "Toplantı sonrasında belediye binası önünde toplanan bir grup esnaf, zam kararını alkışlarla değil ıslıklarla karşıladı.",
        "Esnaf adına konuşan fırıncı Hamdi Özkara, su faturalarının son bir yılda iki katına çıktığını söyledi.",
        "Özkara, fırınların günde yüzlerce litre su kullandığını, ekmek fiyatlarının da artabileceğini dile getirdi.",
        "Yeni tarife ayın ilk gününden itibaren uygulanmaya başlanacak.",
        "Belediye, ihtiyaç sahibi ailelere yönelik indirimli tarife başvurularının muhtarlıklardan alınacağını duyurdu.",
    };

    /** The same topic, another town, another story. */
    static final String[] OTHER_WATER = {
        "Güneytepe Belediye Meclisi, su tarifesine yapılması önerilen yüzde yirmi zammı perşembe günkü oturumda reddetti.",
        "Önergeyi hazırlayan su ve kanalizasyon müdürü Kemal Yazıcı, artan elektrik giderlerinin arıtma tesisini zorladığını anlattı.",
        "Yazıcı'ya göre tesisin aylık enerji faturası geçen kışa kıyasla üç kat yükseldi.",
        "Oylamada iktidar grubundan da dört üyenin ret oyu vermesi salonda şaşkınlık yarattı.",
        "Belediye Başkanı Leyla Demirsoy, kararın ardından gazetecilere kısa bir açıklama yaparak bütçenin yeniden gözden geçirileceğini söyledi.",
        "Demirsoy, \"Vatandaşımızın cebine yük bindirmeden çözüm bulacağız\" diye konuştu.",
        "Kentteki sanayi kuruluşlarının kullandığı suya ayrı bir tarife uygulanması da gündeme geldi.",
        "Ticaret odası başkanı Orhan Keskin, sanayiciye getirilecek ek yükün istihdamı olumsuz etkileyeceği uyarısında bulundu.",
        "Meclis, konunun bir sonraki oturumda plan ve bütçe komisyonu raporuyla birlikte yeniden ele alınmasına karar verdi.",
        "Bu arada kentin kuzeyindeki köylerde yaşanan su kesintilerinin bir hafta daha sürmesi bekleniyor.",
        "Köylülere tankerlerle içme suyu dağıtılıyor.",
        "Kesintiye ana isale hattındaki bir arızanın neden olduğu bildirildi.",
    };

    static String story(String headline, String... sentences) {
        return headline + "\n" + String.join(" ", sentences);
    }

    static String[] edited() {
        String[] s = WATER.clone();
        s[0] = s[0].replace("dün akşam", "salı akşamı");
        s[2] = "Aydoğdu, kuraklığın sürmesi durumunda yaz aylarında planlı kesintilere gidileceğini söyledi.";
        s[10] = "Esnaf adına konuşan Hamdi Özkara, faturaların bir yılda ikiye katlandığını belirtti.";
        return s;
    }

    static String[] firstHalf() {
        return java.util.Arrays.copyOf(WATER, WATER.length / 2);
    }

    /** A random text of made-up words: shares no shingles with any other seed's text. */
    static String random(long seed, int words) {
        Random r = new Random(seed);
        String[] syllables = {"ka", "le", "mi", "to", "ru", "se", "na", "po", "di", "gü", "şa", "bö", "çe", "yı"};
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int n = 2 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                b.append(syllables[r.nextInt(syllables.length)]);
            }
            b.append(w % 12 == 11 ? ". " : " ");
        }
        return b.toString();
    }
}
