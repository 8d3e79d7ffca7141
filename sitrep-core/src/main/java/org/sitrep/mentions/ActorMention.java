package org.sitrep.mentions;

import org.sitrep.nlp.TokenSpan;

/**
 * A span of text that names an actor, and whom it names.
 *
 * @param span   its tokens
 * @param head   the token the span hangs on in the dependency graph
 * @param start  character offset (inclusive)
 * @param end    character offset (exclusive)
 * @param text   as written
 * @param actor  whom it names
 * @param via    how that was decided: {@code dictionary}, {@code composed}, {@code context},
 *               {@code pronoun}, {@code speaker}, {@code descriptor}, {@code metonym}
 */
public record ActorMention(TokenSpan span, int head, int start, int end, String text, Actor actor, String via) {

    public int sentence() {
        return span.sentence();
    }

    public ActorMention withActor(Actor a, String how) {
        return new ActorMention(span, head, start, end, text, a, how);
    }
}
