package org.sitrep.dedup;

/**
 * The kind of action two reports must share to tell the same event. Mostly the CAMEO root ("19"),
 * split where one root holds actions that happen side by side at one place on one day: taking
 * territory (192) is not the fighting (190, 193, 194, 196) that precedes it, an air strike (195) is
 * not a ground battle, a blockade (191) is neither; within root 08, a withdrawal (0874) is not a
 * release of prisoners (084) or a ceasefire (0871); within root 18, a bombing (183) is not an
 * abduction (181).
 */
public final class ActionClass {

    private ActionClass() {
    }

    /** The class of a CAMEO code, {@code null} for none. */
    public static String of(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return null;
        }
        String root = cameo.substring(0, 2);
        String three = cameo.length() >= 3 ? cameo.substring(0, 3) : root;
        switch (root) {
            case "08":
                return cameo.startsWith("0874") ? "0874" : three;
            case "18":
                return three;
            case "19":
                return switch (three) {
                    case "191", "192", "195" -> three;
                    default -> "19-fight";
                };
            default:
                return root;
        }
    }

    /** Actions whose two sides are interchangeable: fighting between A and B is fighting between B and A. */
    public static boolean symmetric(String actionClass) {
        return "19-fight".equals(actionClass) || "04".equals(actionClass) || "03".equals(actionClass)
                || "06".equals(actionClass);
    }

    /** Actions that change who holds a place. */
    public static boolean territorial(String cameo) {
        return cameo != null && (cameo.startsWith("192") || cameo.startsWith("0874"));
    }
}
