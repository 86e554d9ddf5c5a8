package dev.kulis.time;

/**
 * A count read from tokens {@code [start, end)}: digits ({@code 2}, {@code 3,5}, {@code 1.500}), number words
 * ({@code iki}, {@code bir buçuk}, {@code iki yüz elli bin}) or both ({@code 2 milyon 500 bin}).
 *
 * @param value the number, NaN for an unstated count ({@code birkaç}, {@code onlarca})
 */
record Quantity(double value, int start, int end) {
    boolean vague() {
        return Double.isNaN(value);
    }

    boolean whole() {
        return !vague() && value == Math.rint(value);
    }
}
