package org.sitrep.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.ingest.InputException;

/**
 * Checks a {@code --dictionaries} directory before anything is loaded, the same way for every
 * command: a path that is not a directory is a usage error (exit 2); a dictionary file in it that is
 * not UTF-8 text (an image, random bytes) is bad input (exit 1), named in one line.
 */
final class DictionaryDirs {

    private DictionaryDirs() {
    }

    static void check(Path dir) {
        if (dir == null) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--dictionaries: " + dir + " is not a directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InputException("--dictionaries: " + dir + " cannot be listed (" + e.getMessage() + ")");
        }
        for (Path f : files) {
            String problem = notText(f);
            if (problem != null) {
                throw new InputException("--dictionaries: " + f + " is not a dictionary file (" + problem + ")");
            }
        }
    }

    /** Why the file is not UTF-8 text, or {@code null} when it is. */
    static String notText(Path f) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7f) {
                    return String.format(Locale.ROOT, "control character U+%04X at character %d", (int) c, i);
                }
            }
            return null;
        } catch (CharacterCodingException e) {
            return "not UTF-8 text";
        }
    }
}
