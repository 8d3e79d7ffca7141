package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a stream goes to a terminal. */
final class Terminals {

    private Terminals() {
    }

    /** True when standard error is a terminal (Linux: /proc/self/fd/2 names a tty device). */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            return false;
        }
        return System.console() != null;
    }
}
