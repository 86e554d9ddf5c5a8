package dev.kulis.ner;

/**
 * Weights kept to bfloat16 precision (the upper 16 bits of a float: full range, 8 significant bits). A
 * linear model's scores barely move (dev F1 unchanged), while the model file and the tagger's weight table take
 * half the room: the 13 BILOU weights of two models fit one 64-byte slot of {@link JointWeights}.
 */
final class Bfloat16 {
    private Bfloat16() {
    }

    /** The 16 bits of {@code f} rounded to nearest even (finite weights only). */
    static short bits(float f) {
        int b = Float.floatToRawIntBits(f);
        return (short) ((b + 0x7FFF + ((b >>> 16) & 1)) >>> 16);
    }

    static float value(short bits) {
        return Float.intBitsToFloat(bits << 16);
    }

    /** {@code f} rounded to the nearest bfloat16 value. */
    static float round(float f) {
        return value(bits(f));
    }

    /** The weight held in the high (even {@code y}) or low (odd {@code y}) half of a packed int. */
    static float unpack(int packed, int y) {
        return Float.intBitsToFloat((y & 1) == 0 ? packed & 0xFFFF0000 : packed << 16);
    }

    /** Two weights in one int: {@code even} high, {@code odd} low. */
    static int pack(float even, float odd) {
        return (bits(even) << 16) | (bits(odd) & 0xFFFF);
    }
}
