package dev.kulis.store.query;

/** HTML escaping for text a page inserts as HTML. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
