package org.sitrep.mentions;

import java.util.Set;

/** Verbs that report speech or writing: their subject is a speaker, their complement what was said. */
public final class SpeechVerbs {

    private static final Set<String> LEMMAS = Set.of(
            "say", "add", "affirm", "announce", "confirm", "state", "declare", "tell", "report", "claim",
            "allege", "deny", "insist", "stress", "note", "warn", "explain", "assert", "acknowledge", "admit",
            "reiterate", "vow", "pledge", "promise", "threaten", "accuse", "write", "tweet", "post", "indicate",
            "emphasize", "emphasise", "underline", "mention", "comment", "argue", "contend", "maintain",
            "describe", "suggest", "reply", "respond", "repeat", "disclose", "reveal", "publish", "quote",
            "cite", "assure", "boast", "concede", "predict", "urge", "demand", "call", "ask", "remark");

    /** Verbs whose complement is presented as doubtful or disputed: what follows is a claim. */
    private static final Set<String> CLAIMS = Set.of("claim", "allege", "boast", "contend");

    private SpeechVerbs() {
    }

    public static boolean isSpeech(String lemma) {
        return LEMMAS.contains(lemma);
    }

    public static boolean isClaim(String lemma) {
        return CLAIMS.contains(lemma);
    }

    public static boolean isDenial(String lemma) {
        return lemma.equals("deny");
    }
}
