package org.sitrep.mentions;

/**
 * A stretch of quoted speech and who said it.
 *
 * @param start   character offset of its first quoted character (inclusive)
 * @param end     character offset after its last (exclusive)
 * @param speaker the speaker as written ("the Syrian Armed Forces Command"), {@code null} when unknown
 * @param actor   the speaker as an actor mention, {@code null} when unknown
 */
public record Quote(int start, int end, String speaker, ActorMention actor) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
