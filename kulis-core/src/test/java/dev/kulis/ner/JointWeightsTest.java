package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tagger's fast paths give exactly what the plain ones give. */
class JointWeightsTest {
    private static final int L = Bilou.COUNT;

    private static LinearModel model(long[] keys, Random r) {
        FeatureTable t = new FeatureTable(keys.length);
        float[] w = new float[keys.length * L];
        for (long k : keys) {
            int id = t.add(k);
            for (int y = 0; y < L; y++) {
                w[id * L + y] = r.nextFloat() - 0.5f;
            }
        }
        return new LinearModel(t, w, new float[(L + 1) * L]);
    }

    @Test
    void eachKeyAddsItsOwnModelsWeightsAndUnknownKeysAddNothing() {
        Random r = new Random(7);
        long[] local = r.longs(3000).map(k -> k == 0 ? 1 : k).toArray();
        long[] document = Arrays.copyOf(local, 2000); // shared keys, plus some of the document's own
        for (int i = 1000; i < document.length; i++) {
            document[i] = r.nextLong() | 1;
        }
        LinearModel lm = model(local, r), dm = model(document, r);
        JointWeights joint = new JointWeights(lm, dm);
        long[] probes = Arrays.copyOf(local, local.length + 500);
        for (int i = local.length; i < probes.length; i++) {
            probes[i] = i % 2 == 0 ? document[i - local.length + 1000] : r.nextLong() | 1;
        }
        for (long key : probes) {
            float[] l = new float[L], d = new float[L];
            joint.addBoth(key, l, d, 0);
            int li = lm.table().get(key), di = dm.table().get(key);
            for (int y = 0; y < L; y++) {
                assertThat(l[y]).isEqualTo(li < 0 ? 0f : lm.weight(li, y));
                assertThat(d[y]).isEqualTo(di < 0 ? 0f : dm.weight(di, y));
            }
        }
    }

    @Test
    void cachedWordFormsGiveTheSameKeysAsFreshOnes() {
        FeatureExtractor fx = new FeatureExtractor(NerLexicons.shipped(), MorphologyFeatures.shared());
        Gazetteer gaz = new Gazetteer(Map.of("kuzey ege partisi", 2), Map.of("aydoğdu", 1));
        var cached = fx.cachedForms(gaz, 100);
        for (String s : List.of("Başkan Selin Aydoğdu'nun İzmir'deki konuşması Kuzey Ege Partisi'ni kızdırdı .",
                "KUZEY EGE PARTİSİ : Aydoğdu dün 3 kez konuştu .", "Aydoğdu , Aydoğdu'ya ' evet ' dedi .")) {
            List<String> tokens = Arrays.asList(s.split(" "));
            long[][] fresh = fx.extract(tokens, gaz);
            for (int pass = 0; pass < 2; pass++) { // first computing the forms, then reading them back
                assertThat(fx.extract(tokens, gaz, cached, null)).isDeepEqualTo(fresh);
            }
        }
    }
}
