package dev.kulis.ner;

/**
 * How sure the tagger is of each name it found: the probability of the name's exact labelling (its type and
 * both edges) among all labellings of the sentence, with the linear model's scores read as log-potentials
 * divided by a temperature fitted on dev (so that the figure is calibrated, see {@link TemperatureFit}).
 * Forward-backward over the {@link Bilou} lattice, scaled per position so that it needs one {@code exp} per
 * label and token rather than a log-sum per transition. Immutable; thread-safe.
 */
final class SpanConfidence {
    private static final int L = Bilou.COUNT;
    private final double inverse;
    /** exp(transition / temperature), (L + 1) × L, row L the sentence start. */
    private final double[] tr;

    SpanConfidence(float[] transition, float temperature) {
        this.inverse = 1.0 / temperature;
        this.tr = new double[(L + 1) * L];
        for (int i = 0; i < tr.length; i++) {
            tr[i] = Math.exp(transition[i] * inverse);
        }
    }

    /** {@link #of(float[], int, int[])} for one sentence with a model's transitions at one temperature. */
    static float[] of(float[] emission, int n, float[] transition, int[] bilou, float temperature) {
        return new SpanConfidence(transition, temperature).of(emission, n, bilou);
    }

    /**
     * @param emission n × L label scores of the sentence
     * @param bilou    the decoded labels
     * @return per token, the probability of the name it lies in (0 outside names)
     */
    float[] of(float[] emission, int n, int[] bilou) {
        float[] out = new float[n];
        boolean any = false;
        for (int y : bilou) {
            any |= y != 0;
        }
        if (!any) {
            return out;
        }
        double[] e = new double[n * L];
        for (int i = 0; i < n; i++) {
            // a factor shared by every labelling cancels out: subtract the position's best score before exp
            float max = Float.NEGATIVE_INFINITY;
            for (int y = 0; y < L; y++) {
                max = Math.max(max, emission[i * L + y]);
            }
            for (int y = 0; y < L; y++) {
                e[i * L + y] = Math.exp((emission[i * L + y] - max) * inverse);
            }
        }
        double[] a = new double[n * L], b = new double[n * L], scale = new double[n];
        for (int y = 0; y < L; y++) {
            a[y] = Bilou.allowed(-1, y) ? tr[L * L + y] * e[y] : 0;
        }
        scale[0] = normalise(a, 0);
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                double s = 0;
                for (int p : Bilou.before(y)) {
                    s += a[(i - 1) * L + p] * tr[p * L + y];
                }
                a[i * L + y] = s * e[i * L + y];
            }
            scale[i] = normalise(a, i);
        }
        for (int y = 0; y < L; y++) {
            b[(n - 1) * L + y] = Bilou.canEnd(y) ? 1 : 0;
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int p = 0; p < L; p++) {
                double s = 0;
                for (int y : Bilou.after(p)) {
                    s += tr[p * L + y] * e[(i + 1) * L + y] * b[(i + 1) * L + y];
                }
                b[i * L + p] = s / scale[i + 1];
            }
        }
        double z = 0;
        for (int y = 0; y < L; y++) {
            z += a[(n - 1) * L + y] * b[(n - 1) * L + y];
        }
        for (int i = 0; i < n; ) {
            if (bilou[i] == 0) {
                i++;
                continue;
            }
            int j = i;
            double p = a[i * L + bilou[i]];
            while (!Bilou.canEnd(bilou[j]) && j + 1 < n) {
                j++;
                p *= tr[bilou[j - 1] * L + bilou[j]] * e[j * L + bilou[j]] / scale[j];
            }
            p *= b[j * L + bilou[j]];
            float conf = (float) Math.min(1.0, z > 0 ? p / z : 0);
            for (int k = i; k <= j; k++) {
                out[k] = conf;
            }
            i = j + 1;
        }
        return out;
    }

    private static double normalise(double[] a, int i) {
        double s = 0;
        for (int y = 0; y < L; y++) {
            s += a[i * L + y];
        }
        if (s > 0) {
            for (int y = 0; y < L; y++) {
                a[i * L + y] /= s;
            }
        } else {
            s = 1;
        }
        return s;
    }
}
