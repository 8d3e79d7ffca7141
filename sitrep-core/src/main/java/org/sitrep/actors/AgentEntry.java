package org.sitrep.actors;

/**
 * One entry of an agent dictionary: a kind of actor without a country of its own ("army", "rebels",
 * "foreign minister") and the code it adds to an actor's code.
 *
 * @param name   phrase as a name ("ARMED FORCES")
 * @param code   agent code ("MIL", "GOVFRM", "NGO")
 * @param prefix {@code true} when the code goes before the actor's ({@code [NGO~]}), else after ({@code [~MIL]})
 * @param source the dictionary file it comes from
 */
public record AgentEntry(String name, String code, boolean prefix, String source) {

    /** Adds this agent's code to an actor code ({@code null} stands for an unknown actor, "---"). */
    public String composeWith(String actorCode) {
        String base = actorCode == null ? "---" : actorCode;
        if (base.endsWith(code) || base.startsWith(code) && prefix) {
            return base;
        }
        return prefix ? code + base : base + code;
    }
}
