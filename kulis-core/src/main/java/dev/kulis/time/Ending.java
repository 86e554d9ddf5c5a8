package dev.kulis.time;

/**
 * One nominal ending from {@code suffixes.txt}: its template in archiphonemes, split at {@code |} into the part
 * that stays in a base form and the part that is stripped, and the case it marks (null for none).
 */
record Ending(String kept, String stripped, String grammaticalCase) {

    static Ending parse(String template, String grammaticalCase) {
        int bar = template.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("ending without '|': " + template);
        }
        return new Ending(template.substring(0, bar), template.substring(bar + 1),
                "-".equals(grammaticalCase) ? null : grammaticalCase);
    }

    boolean possessive() {
        return kept.startsWith("(s)I");
    }

    boolean plural() {
        return kept.startsWith("lAr");
    }

    /** The "-dır" of "15 yıldır": a duration that is still running. */
    boolean continuing() {
        return stripped.equals("DIr");
    }

    boolean bare() {
        return kept.isEmpty() && stripped.isEmpty();
    }
}
