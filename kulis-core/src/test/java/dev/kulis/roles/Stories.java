package dev.kulis.roles;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.pipeline.Pipelines;
import dev.kulis.wire.WireParser;

/** Test helper: stories written for these tests (fictional people, parties and places) through the full pipeline. */
public final class Stories {
    private static final Pipeline PIPELINE = Pipelines.standard();

    public static final String KARS = """
            date 2020-03 Ahmet YILMAZ/KARS, () - Yeni Ufuk Partisi'nin Kars Belediye Başkanı adayı Selim Karataş ve eşi Derya Karataş, Kars Valisi Orhan Dikmen'i makamında ziyaret etti. Dikmen, Karataş'a başarılar diledi.

            Eski Tarım Bakanı Nurettin Aksoy da programa katıldı. Nurettin Aksoy'un oğlu Emre Aksoy, Kars Belediye Başkan Yardımcısı Leyla Tan ile görüştü.

            Kars Belediye Başkanvekili Hakan Öztürk ise Vali Dikmen'i eleştirdi. Öztürk, Kars Valisi Dikmen'in kararını kabul etmeyeceklerini söyledi.

            Boğaçspor Teknik Direktörü Cemal Ersoy, takımın kaptanı Burak Kaya'yı kutladı. Ersoy, Dikmen'i maça davet etti. Yeni Ufuk Partisi, 14 Haziran'da yapılacak ara seçime Karataş ile girecek.
            """;

    private static Article kars;

    private Stories() {
    }

    public static Article annotate(String id, String text) {
        return PIPELINE.annotate(new WireParser().parse(id, text, Metadata.empty()));
    }

    public static synchronized Article kars() {
        if (kars == null) {
            kars = annotate("kars", KARS);
        }
        return kars;
    }
}
