package org.sitrep.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Writes need {@code Authorization: Bearer TOKEN}; with no token configured, every write is refused. */
final class BearerToken {

    private final byte[] token;

    BearerToken(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean configured() {
        return token != null;
    }

    /** 403 when writes are off or the token is wrong, 401 when none is given. */
    void check(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "writes are disabled: start sitrep serve with --token or $SITREP_TOKEN");
        }
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
            throw new ApiException(401, "this request needs the header 'Authorization: Bearer TOKEN'");
        }
        byte[] given = h.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            throw new ApiException(403, "wrong token");
        }
    }
}
