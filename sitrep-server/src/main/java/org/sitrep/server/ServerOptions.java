package org.sitrep.server;

import java.net.URI;
import java.util.Locale;

/**
 * How the server runs.
 *
 * @param host         the address to listen on ({@code 127.0.0.1} unless told otherwise)
 * @param port         the port, 0 for any free one
 * @param token        the bearer token that writes need; {@code null} refuses every write
 * @param tiles        a tile URL template ({@code https://tile.example/{z}/{x}/{y}.png}) for the page's map,
 *                     {@code null} for a plain map that loads nothing from elsewhere
 * @param maxBodyBytes the largest request body accepted
 * @param threads      the most requests handled at once
 */
public record ServerOptions(String host, int port, String token, String tiles, int maxBodyBytes, int threads) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_BODY = 1024 * 1024;
    public static final int DEFAULT_THREADS = 16;

    public ServerOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the address to listen on is missing");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be within 0..65535, not " + port);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && (token.length() < 8 || !token.matches("[\\x21-\\x7e]+"))) {
            throw new IllegalArgumentException("the token must be at least 8 printable characters without spaces");
        }
        if (tiles != null) {
            tiles = tiles.strip();
            String scheme = tiles.toLowerCase(Locale.ROOT);
            if (!(scheme.startsWith("https://") || scheme.startsWith("http://")) || !tiles.contains("{z}")
                    || !tiles.contains("{x}") || !tiles.contains("{y}")) {
                throw new IllegalArgumentException("the tile URL must be http(s) with {z}, {x} and {y} in it");
            }
            URI.create(tiles.replace("{", "").replace("}", "")); // throws on a malformed URL
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the largest request body must be at least 1024 bytes");
        }
        if (threads < 8 || threads > 1000) {
            throw new IllegalArgumentException("the request threads must be within 8..1000");
        }
    }

    /** Loopback, any port, no token, no tiles. */
    public static ServerOptions local(int port) {
        return new ServerOptions(DEFAULT_HOST, port, null, null, DEFAULT_MAX_BODY, DEFAULT_THREADS);
    }

    public ServerOptions withToken(String t) {
        return new ServerOptions(host, port, t, tiles, maxBodyBytes, threads);
    }

    public ServerOptions withTiles(String t) {
        return new ServerOptions(host, port, token, t, maxBodyBytes, threads);
    }

    public ServerOptions withMaxBodyBytes(int n) {
        return new ServerOptions(host, port, token, tiles, n, threads);
    }

    /** The scheme, host and port of the tile server, for the page's content security policy. */
    String tileOrigin() {
        if (tiles == null) {
            return null;
        }
        String t = tiles.replaceAll("\\{[a-z]}", "a");
        URI u = URI.create(t);
        String h = u.getHost();
        if (h == null) {
            return null;
        }
        return u.getScheme() + "://" + (tiles.contains("{s}.") ? "*." + h.substring(h.indexOf('.') + 1) : h)
                + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }
}
