package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Decoding and fingerprinting of raw input. */
public final class Texts {

    private Texts() {
    }

    /**
     * Decodes strict UTF-8 (a byte-order mark is dropped) and refuses binary data.
     *
     * @param what names the input in error messages
     */
    public static String decodeUtf8(byte[] bytes, String what) {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
        }
        int controls = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new InputException(what + ": binary data (NUL byte at offset " + i + "), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 8 && controls * 20L > bytes.length) {
            throw new InputException(what + ": binary data (" + controls + " control bytes), not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            throw new InputException(what + ": not UTF-8 text (invalid byte sequence at offset "
                    + (in.position() + offset) + ")");
        } catch (CharacterCodingException e) {
            throw new InputException(what + ": not UTF-8 text (" + e.getMessage() + ")");
        }
    }

    /** Line ends as {@code \n}, no form feeds, no trailing blanks at the end. */
    public static String normalizeNewlines(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        int end = t.length();
        while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end);
    }

    /** First 16 hex characters of the SHA-256 of the text. */
    public static String fingerprint(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] digest = md.digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
