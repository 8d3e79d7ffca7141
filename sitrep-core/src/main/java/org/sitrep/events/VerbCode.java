package org.sitrep.events;

/**
 * The code in a verb dictionary's brackets: {@code [0874]}, {@code [042:043]} (an event and the
 * reciprocal one, target acting on source), {@code [:110]}, {@code [---]}.
 *
 * @param primary   CAMEO code of the event, {@code null} for the null code
 * @param secondary CAMEO code of the reciprocal event, or {@code null}
 */
public record VerbCode(String primary, String secondary) {

    public static final VerbCode NULL = new VerbCode(null, null);

    public static VerbCode parse(String bracket) {
        String b = bracket.strip();
        if (b.isEmpty()) {
            return NULL;
        }
        int colon = b.indexOf(':');
        String p = colon < 0 ? b : b.substring(0, colon);
        String s = colon < 0 ? null : b.substring(colon + 1);
        return new VerbCode(real(p), real(s));
    }

    private static String real(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        return c.isEmpty() || c.startsWith("---") ? null : c;
    }

    /** Whether both codes are CAMEO-like (digits, perhaps a letter: "0874", "174K") or null. */
    public boolean isValid() {
        return valid(primary) && valid(secondary);
    }

    /** Two to four digits, and perhaps a digit or capital letter more ("0874", "190", "14A"). */
    private static boolean valid(String c) {
        if (c == null) {
            return true;
        }
        int n = c.length();
        if (n < 2 || n > 5) {
            return false;
        }
        int digits = 0;
        while (digits < n && digits < 4 && c.charAt(digits) >= '0' && c.charAt(digits) <= '9') {
            digits++;
        }
        if (digits < 2) {
            return false;
        }
        if (digits == n) {
            return true;
        }
        if (digits + 1 != n) {
            return false;
        }
        char last = c.charAt(n - 1);
        return last >= '0' && last <= '9' || last >= 'A' && last <= 'Z';
    }

    public boolean isNull() {
        return primary == null && secondary == null;
    }
}
