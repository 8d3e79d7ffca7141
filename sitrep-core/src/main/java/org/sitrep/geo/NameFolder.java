package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Turns a place name into the keys it is looked up by. Each step is a small stage with one job,
 * composed in order, in the manner of a Lucene analysis chain:
 *
 * <ol>
 *   <li>{@link #stripApostrophes}: {@code ʿAzaz}, {@code D'Aunoy}, {@code Ma'arrat} lose their apostrophes and ayns;</li>
 *   <li>{@link #foldToAscii}: diacritics and special Latin letters to ASCII ({@code Ḩamāh} → {@code Hamah},
 *       {@code Łódź} → {@code Lodz}) with Lucene's {@link ASCIIFoldingFilter}; other scripts stay as they are;</li>
 *   <li>{@link #lowerCase};</li>
 *   <li>{@link #punctuationToSpace}: hyphens, dots, commas, slashes become spaces, runs of spaces collapse
 *       ({@code Deir ez-Zor} → {@code deir ez zor}, {@code U.S.} → {@code u s});</li>
 *   <li>{@link #expandAbbreviatedWords}: {@code st}/{@code mt}/{@code ft} at the start become
 *       {@code saint}/{@code mount}/{@code fort}.</li>
 * </ol>
 *
 * <p>The result is the <em>folded key</em>. Two further keys are derived from it: {@link #withoutArticle}
 * drops a leading Arabic article ({@code al hasakah} → {@code hasakah}, also the assimilated {@code ar}, {@code as},
 * {@code ash}, {@code ad}, {@code at}, {@code az}, {@code an}, and {@code el}), and {@link #loose} is a looser
 * transliteration skeleton ({@code hamah}, {@code hama} → {@code hama}; {@code raqqah} → {@code raka}) used only
 * when nothing matches the folded key.
 */
public final class NameFolder {

    private static final List<UnaryOperator<String>> CHAIN = List.of(
            NameFolder::stripApostrophes,
            NameFolder::foldToAscii,
            NameFolder::lowerCase,
            NameFolder::punctuationToSpace,
            NameFolder::expandAbbreviatedWords);

    /** Leading articles of Arabic names as transliterated, assimilated forms included. */
    static final Set<String> ARTICLES = Set.of("al", "el", "ar", "as", "ash", "ad", "at", "az", "an", "ath", "adh");

    private NameFolder() {
    }

    /** The folded key of a name: what {@code Hama}, {@code HAMA} and {@code Ḥamā} have in common. */
    public static String fold(String name) {
        String s = name;
        for (UnaryOperator<String> stage : CHAIN) {
            s = stage.apply(s);
        }
        return s;
    }

    static String stripApostrophes(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'', '\u2019', '\u2018', '\u02bc', '\u02bb', '\u02bf', '\u02be', '`', '\u00b4', '\u02b9' -> {
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String foldToAscii(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        char[] in = s.toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }

    static String lowerCase(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String punctuationToSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                sb.append(c);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    static String expandAbbreviatedWords(String s) {
        if (s.startsWith("st ")) {
            return "saint " + s.substring(3);
        }
        if (s.startsWith("ste ")) {
            return "sainte " + s.substring(4);
        }
        if (s.startsWith("mt ")) {
            return "mount " + s.substring(3);
        }
        if (s.startsWith("ft ")) {
            return "fort " + s.substring(3);
        }
        return s;
    }

    /**
     * The folded key without a leading Arabic article, or {@code null} when it has none
     * ({@code al hasakah} → {@code hasakah}); a one-word name keeps its article.
     */
    public static String withoutArticle(String folded) {
        int sp = folded.indexOf(' ');
        if (sp <= 0 || sp == folded.length() - 1) {
            return null;
        }
        return ARTICLES.contains(folded.substring(0, sp)) ? folded.substring(sp + 1) : null;
    }

    /**
     * A loose transliteration skeleton of a folded key, for names written from Arabic (and similar) in
     * different ways: a word-final {@code h} after a vowel goes ({@code hamah} → {@code hama}), doubled
     * letters are written once, {@code ou}/{@code oo} become {@code u}, {@code ee} becomes {@code i},
     * {@code q} becomes {@code k}. Only Latin keys are made loose; others are returned as they are.
     */
    public static String loose(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (String word : folded.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(looseWord(word));
        }
        return out.toString();
    }

    private static String looseWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c > 'z' || c < '0') {
                return w;
            }
        }
        String s = w;
        if (s.length() > 3 && s.endsWith("h") && isVowel(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace('q', 'k');
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** All keys a gazetteer name is indexed under: its folded key and, if it has one, the key without article. */
    public static List<String> indexKeys(String name) {
        String f = fold(name);
        List<String> keys = new ArrayList<>(2);
        if (!f.isEmpty()) {
            keys.add(f);
            String w = withoutArticle(f);
            if (w != null) {
                keys.add(w);
            }
        }
        return keys;
    }
}
