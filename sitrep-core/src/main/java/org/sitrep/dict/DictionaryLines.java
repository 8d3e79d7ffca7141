package org.sitrep.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a dictionary in the PETRARCH/TABARI formats, comments removed:
 * {@code # ...} to the end of the line, {@code <!-- ... -->} (also over several lines), and the
 * legacy {@code ; ...}. Blank lines are kept as empty strings because they end verb blocks.
 * Leading whitespace is kept (a tab starts an actor's date restriction).
 */
public final class DictionaryLines {

    /** A line with its 1-based number in the file, for error messages. */
    public record Line(int number, String text, String comment) {
    }

    private DictionaryLines() {
    }

    public static List<Line> read(InputStream in, String name) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            String raw;
            int n = 0;
            boolean inXmlComment = false;
            while ((raw = r.readLine()) != null) {
                n++;
                StringBuilder kept = new StringBuilder();
                String rest = raw;
                while (true) {
                    if (inXmlComment) {
                        int close = rest.indexOf("-->");
                        if (close < 0) {
                            rest = "";
                            break;
                        }
                        rest = rest.substring(close + 3);
                        inXmlComment = false;
                    }
                    int open = rest.indexOf("<!--");
                    if (open < 0) {
                        kept.append(rest);
                        break;
                    }
                    kept.append(rest, 0, open);
                    rest = rest.substring(open + 4);
                    inXmlComment = true;
                }
                String line = kept.toString();
                String comment = null;
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    comment = line.substring(hash + 1).strip();
                    line = line.substring(0, hash);
                }
                int semi = line.indexOf(';');
                if (semi >= 0) {
                    line = line.substring(0, semi);
                }
                out.add(new Line(n, stripTrailing(line), comment));
            }
        } catch (UncheckedIOException e) {
            throw e;
        } catch (IOException e) {
            if (e instanceof CharacterCodingException) {
                throw new DictionaryException(name + ": not UTF-8 text");
            }
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
