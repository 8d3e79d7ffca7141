package org.sitrep.server;

/** Identifiers in paths: what the store makes (hex, words, GeoNames numbers), nothing else. */
final class Ids {

    private Ids() {
    }

    static String check(String id, String what) {
        if (id == null || id.isEmpty() || id.length() > 128 || !id.matches("[A-Za-z0-9_.:-]+")) {
            String shown = id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "..." : id;
            throw ApiException.notFound("no " + what + " '" + shown + "'");
        }
        return id;
    }
}
