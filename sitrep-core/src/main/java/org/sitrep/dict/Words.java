package org.sitrep.dict;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How words are compared with dictionary entries: upper case, no diacritics, straight apostrophes. */
public final class Words {

    private Words() {
    }

    public static String norm(String word) {
        String w = word;
        boolean ascii = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            w = w.replace('’', '\'').replace('‘', '\'').replace('`', '\'').replace('–', '-').replace('—', '-');
            w = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        return w.toUpperCase(Locale.ROOT);
    }

    /** The words of a dictionary phrase: separated by blanks or underscores, normalised. */
    public static List<String> phrase(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("[\\s_]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String n = norm(w);
            if (n.length() > 2 && n.endsWith("'S")) {
                // "PEOPLE'S" is written as the tokenizer splits it: "People" "'s"
                out.add(n.substring(0, n.length() - 2));
                out.add("'S");
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** Regular English plural as the PETRARCH formats generate it. */
    public static String plural(String word) {
        if (word.endsWith("Y") && word.length() > 1 && "AEIOU".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "IES";
        }
        if (word.endsWith("SS") || word.endsWith("SH") || word.endsWith("CH") || word.endsWith("X")) {
            return word + "ES";
        }
        if (word.endsWith("S")) {
            return word;
        }
        return word + "S";
    }
}
