package dev.kulis.morph;

import dev.kulis.text.Apostrophes;
import dev.kulis.text.SuffixForms;
import dev.kulis.text.TurkishCase;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Case and possessive suffixes that follow a proper name, with or without the apostrophe that should separate them
 * ({@code Kardashian'ın} / {@code Kardashianın}, {@code West'ten} / {@code Westden}).
 */
public final class NameSuffix {

    /** Suffixes distinctive enough to split off without the analyser's agreement (consonant-initial, 2+ letters). */
    private static final Set<String> DISTINCTIVE = Set.of("daki", "deki", "taki", "teki", "nın", "nin", "nun", "nün",
            "da", "de", "ta", "te", "dan", "den", "tan", "ten", "ya", "ye", "yı", "yi", "yu", "yü", "yla", "yle",
            "nda", "nde", "ndan", "nden", "ndaki", "ndeki");

    /** The longest listed suffix ({@code nındaki}): no split is looked for further from the end. */
    static final int LONGEST = SuffixForms.ALL.stream().mapToInt(String::length).max().orElseThrow();

    private NameSuffix() {
    }

    /**
     * Where the suffix of {@code word} begins when it is a name followed by a distinctive suffix, else -1: the first
     * whose vowel follows the stem's, else the first ({@code Chelseanin}: names sound otherwise than spelled).
     */
    static int distinctiveSplit(String word, int minStem) {
        String lower = TurkishCase.lower(word);
        int first = -1;
        for (int k = Math.max(minStem, lower.length() - LONGEST); k < lower.length() - 1; k++) {
            if (DISTINCTIVE.contains(lower.substring(k))) {
                if (afterAcronym(word, k) || vowelsFit(lower, k, true)) {
                    return k;
                }
                first = first < 0 ? k : first;
            }
        }
        return first;
    }

    /**
     * Whether the first {@code k} letters of lower-case {@code word} can end a word: not in {@code ğ}, nor in
     * {@code ğ} + consonant (Turkish has no such word ending; {@code oğl-} is the inside of {@code -oğlu}), nor in
     * a consonant + {@code l} other than {@code rl}, {@code ll}, {@code hl}.
     */
    public static boolean plausibleStem(String lowerWord, int k) {
        char last = lowerWord.charAt(k - 1);
        if (last == 'ğ') {
            return false;
        }
        if (k < 2 || VOWELS.indexOf(last) >= 0) {
            return true;
        }
        char before = lowerWord.charAt(k - 2);
        if (before == 'ğ') {
            return false;
        }
        // no name ends in a consonant + l but rl, ll, hl (Karl, Hall, Kohl): Orkutlu is a place + -lu, not + accusative
        return !(last == 'l' && VOWELS.indexOf(before) < 0 && "rlh".indexOf(before) < 0);
    }

    private static final String VOWELS = "aeıioöuüâîû";
    private static final Pattern GENITIVE = Pattern.compile(".*n[ıiuü]n|[ıiuü]n|.*[lr][ae]r[ıi]n");
    private static final Pattern CONVERB = Pattern.compile(".*l[ae]y[ıiuü]nc[ae]|.*[dt][ıiuü]kç[ae]");
    private static final String BACK = "aıouâû", ROUNDED = "oöuüû", VOICELESS = "çfhkpsşt";

    /**
     * Where a case suffix written without apostrophe may begin in a name {@code token}, longest stem first: a listed
     * suffix ({@link #isSuffix}) after a stem that can end a word ({@link #plausibleStem}) and that it
     * {@link #fits}. Which of these is the name, the caller's knowledge decides.
     */
    public static int[] splits(String token) {
        return splits(token, true);
    }

    /**
     * {@link #splits(String)}, or with {@code spelling} false every listed suffix after a plausible stem of three
     * letters or more or an acronym ({@code BMde}), whether it fits or not ({@code Bidenın}: for a caller that has
     * other evidence of the stem).
     */
    public static int[] splits(String token, boolean spelling) {
        String lower = TurkishCase.lower(token);
        int[] out = new int[lower.length()];
        int n = 0;
        for (int k = lower.length() - 1; k >= Math.max(2, lower.length() - LONGEST); k--) {
            if (isSuffix(lower.substring(k)) && plausibleStem(lower, k)
                    && (spelling ? fits(token, k) : k >= 3 || afterAcronym(token, k))) {
                out[n++] = k;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Whether the suffix of {@code token} from {@code k} on may follow its stem: after an acronym (capitals, then
     * lower case: {@code ABDde}, {@code CHPnin}) any suffix, since letters are read by their names; else a stem of
     * three letters or more and a suffix {@link #harmonious} with it, exactly for a one-letter suffix ({@code Ali'ye}
     * is never {@code Alia}), front/back only for longer ones.
     */
    public static boolean fits(String token, int k) {
        if (afterAcronym(token, k)) {
            return true;
        }
        return k >= 3 && harmonious(TurkishCase.lower(token), k, token.length() - k > 1);
    }

    /** An acronym in capitals, then its suffix in lower case ({@code AKPnin}): letters are read by their names. */
    static boolean afterAcronym(String token, int k) {
        return TurkishCase.isAllCaps(token.substring(0, k)) && Character.isLowerCase(token.charAt(k));
    }

    /**
     * Whether the suffix from {@code k} on follows the stem before it by the rules of Turkish spelling: its vowel
     * in harmony with the stem's last vowel ({@code Ali'ye}, not {@code Alia}; {@code Jazz'ı}, not {@code Jazzi})
     * and its {@code d}/{@code t} as voiced as the stem's last sound ({@code Tokat'ta}, {@code Van'da}). With
     * {@code frontBackOnly} the rounding of {@code ı/i/u/ü} is not checked: foreign names follow their sound,
     * not their letters ({@code Clinton'ın}).
     */
    public static boolean harmonious(String lowerWord, int k, boolean frontBackOnly) {
        return vowelsFit(lowerWord, k, frontBackOnly) && voicingFits(lowerWord, k);
    }

    /** The vowel half of {@link #harmonious}: what an analysis may still accept from a careless hand ({@code Westden}). */
    static boolean vowelsFit(String lowerWord, int k, boolean frontBackOnly) {
        char stemVowel = 0, suffixVowel = 0;
        for (int i = k - 1; i >= 0 && stemVowel == 0; i--) {
            if (VOWELS.indexOf(lowerWord.charAt(i)) >= 0) {
                stemVowel = lowerWord.charAt(i);
            }
        }
        for (int i = k; i < lowerWord.length() && suffixVowel == 0; i++) {
            if (VOWELS.indexOf(lowerWord.charAt(i)) >= 0) {
                suffixVowel = lowerWord.charAt(i);
            }
        }
        if (stemVowel == 0 || suffixVowel == 0) {
            return false;
        }
        // a final -al may be the palatal l of Arabic and Persian names (Kemal'in, Cemal'e, Celal'den, Meral'i)
        boolean palatal = k >= 2 && lowerWord.charAt(k - 1) == 'l' && "aâ".indexOf(lowerWord.charAt(k - 2)) >= 0;
        return vowelFits(stemVowel, suffixVowel, BACK.indexOf(stemVowel) >= 0, frontBackOnly)
                || palatal && vowelFits(stemVowel, suffixVowel, false, frontBackOnly);
    }

    private static boolean vowelFits(char stemVowel, char suffixVowel, boolean back, boolean frontBackOnly) {
        boolean rounded = ROUNDED.indexOf(stemVowel) >= 0;
        return switch (suffixVowel) {
            case 'a' -> back;
            case 'e' -> !back;
            case 'ı' -> back && (frontBackOnly || !rounded);
            case 'u' -> back && (frontBackOnly || rounded);
            case 'i' -> !back && (frontBackOnly || !rounded);
            case 'ü' -> !back && (frontBackOnly || rounded);
            default -> false;
        };
    }

    private static boolean voicingFits(String lowerWord, int k) {
        char first = lowerWord.charAt(k);
        if (first == 'd' || first == 't') {
            char last = lowerWord.charAt(k - 1);
            boolean voiceless = VOICELESS.indexOf(last) >= 0;
            return first == 't' ? voiceless : !voiceless;
        }
        return true;
    }

    public static boolean isSuffix(String lowerTail) {
        return SuffixForms.contains(lowerTail);
    }

    /** The nominal case a suffix marks (UD spelling), or null. */
    public static String caseOf(String suffix) {
        int last = suffix.length();
        while (last > 0 && !Apostrophes.is(suffix.charAt(last - 1))) {
            last--;
        }
        String s = TurkishCase.lower(suffix.substring(last)); // a suffix written twice (Frias'ın'in): the last one's
        if (s.endsWith("ki") || s.length() == 2 && s.charAt(0) == 'l' && "ıiuü".indexOf(s.charAt(1)) >= 0) {
            return null; // CHP'li, 1990'lı: an adjective, no case
        }
        if (s.endsWith("dan") || s.endsWith("den") || s.endsWith("tan") || s.endsWith("ten")) {
            return "Abl";
        }
        if (s.endsWith("da") || s.endsWith("de") || s.endsWith("ta") || s.endsWith("te")) {
            return "Loc";
        }
        if (GENITIVE.matcher(s).matches()) {
            return "Gen";
        }
        if (CONVERB.matcher(s).matches()) {
            return null; // Google'layınca, tweet'lendikçe: a verb's converb, no case
        }
        if (s.endsWith("ca") || s.endsWith("ce") || s.endsWith("ça") || s.endsWith("çe")) {
            return "Equ"; // Bakanlık'ça, Merkez Bankası'nca: by the ministry, no dative (no dative has c/ç before its vowel)
        }
        if (s.endsWith("la") || s.endsWith("le")) {
            return s.startsWith("l") || s.startsWith("y") ? "Ins" : null;
        }
        if (s.endsWith("a") || s.endsWith("e")) {
            return "Dat";
        }
        if (s.endsWith("ı") || s.endsWith("i") || s.endsWith("u") || s.endsWith("ü")) {
            return "Acc";
        }
        return null;
    }
}
