package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The ingest stage's entry point: one file or stream in, one {@link Article} out.
 * Plain text and HTML pages are told apart by name and content.
 */
public final class Ingest {

    /** The largest single article read, in bytes (a book-length story is about 1 MB). */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** The largest limit that may be set: one article is read into memory whole, so 1 GiB is already far too much. */
    public static final long MAX_MAX_BYTES = 1L << 30;

    private final long maxBytes;

    public Ingest() {
        this(DEFAULT_MAX_BYTES);
    }

    public Ingest(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > MAX_MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be within 1.." + MAX_MAX_BYTES);
        }
        this.maxBytes = maxBytes;
    }

    public Article read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(name + ": is a directory, not a file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (size > maxBytes) {
            throw new InputException(name + ": " + size + " bytes is more than one article may have ("
                    + maxBytes + " bytes); split it into articles or raise the limit");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads at most the size limit from the stream; more is an error. */
    public Article read(InputStream in, String origin) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new InputException(origin + ": cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > maxBytes) {
            throw new InputException(origin + ": more than one article may have (" + maxBytes
                    + " bytes); split it into articles or raise the limit");
        }
        return read(bytes, origin);
    }

    public Article read(byte[] bytes, String origin) {
        if (bytes.length == 0) {
            throw new InputException(origin + ": empty input, nothing to code");
        }
        String text = Texts.decodeUtf8(bytes, origin);
        if (looksLikeHtml(origin, text)) {
            return HtmlArticleParser.parse(text, origin);
        }
        return TextArticleParser.parse(Texts.normalizeNewlines(text), origin);
    }

    static boolean looksLikeHtml(String origin, String text) {
        String lower = origin.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        String head = text.stripLeading();
        head = head.substring(0, Math.min(200, head.length())).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }
}
