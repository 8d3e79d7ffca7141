package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs a few part-of-speech errors the tagger makes on news text before the parser reads the tags,
 * each one a sequence of tags English grammar does not allow. A wrong verb tag makes the parser build
 * the clause around a noun ("Rohingya Muslim insurgents ambushed" with "insurgents" a verb leaves the
 * attack without its subject), so the coder loses who acted. Only these sequences are touched:
 * <ul>
 * <li>a present verb right after a past one is a plural noun: "expressed hopes the government will",
 *     "have voiced concerns";</li>
 * <li>a present verb between a modifier and a past verb is a plural noun: "Muslim insurgents ambushed";</li>
 * <li>a present verb after "air", "drone" or another means of attack is the attack: "air strikes";</li>
 * <li>a base verb between a conjunction after a noun and a plural noun is a noun: "trade and travel restrictions".</li>
 * </ul>
 */
public final class TagRepair {

    /** Present-tense verbs that are never nouns. */
    private static final Set<String> ONLY_VERBS = Set.of("has", "is", "does", "was", "says", "seems", "remains",
            "becomes", "appears", "wants", "needs", "gets", "goes", "comes", "makes", "takes", "gives");
    /** Nouns that name the means of an attack in a compound: "air strikes", "drone attacks". */
    private static final Set<String> MEANS = Set.of("air", "drone", "missile", "rocket", "artillery", "mortar",
            "suicide", "bomb", "naval");

    private TagRepair() {
    }

    /** Retags the tokens of each sentence of a document (or part of one) in place. */
    public static void repairSentences(CoreMap doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            repair(s.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    /** Retags the tokens of one sentence in place. */
    public static void repair(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String word = t.word().toLowerCase(Locale.ROOT);
            String before = tokens.get(i - 1).tag();
            String after = i + 1 < tokens.size() ? tokens.get(i + 1).tag() : "";
            if ("VBZ".equals(t.tag()) && word.endsWith("s") && !ONLY_VERBS.contains(word)
                    && (("VBD".equals(before) || "VBN".equals(before))
                            || isModifier(before) && "VBD".equals(after)
                            || "NN".equals(before) && MEANS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)))) {
                t.setTag("NNS");
            } else if ("VB".equals(t.tag()) && i >= 2 && "CC".equals(before) && "NNS".equals(after)
                    && tokens.get(i - 2).tag().startsWith("NN")) {
                t.setTag("NN");
            }
        }
    }

    private static boolean isModifier(String tag) {
        return tag != null && (tag.equals("JJ") || tag.equals("NNP") || tag.equals("NNPS") || tag.equals("NN"));
    }
}
