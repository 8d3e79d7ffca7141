package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep code}: bad input and bad usage get one line on stderr and a non-zero exit. */
class CodeCommandTest {

    @TempDir
    Path dir;

    record Run(int rc, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(rc, out.toString(), err.toString());
    }

    static void assertOneLine(Run r, int rc, String contains) {
        assertThat(r.rc()).isEqualTo(rc);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains(contains).doesNotContain("\n").startsWith("sitrep: ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingEmptyBinaryNonUtf8AndHugeFiles() throws Exception {
        assertOneLine(run("code", dir.resolve("missing.txt").toString()), 1, "no such file");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertOneLine(run("code", empty.toString()), 1, "empty input");
        Path binary = Files.write(dir.resolve("x.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        assertOneLine(run("code", binary.toString()), 1, "binary data");
        Path latin1 = Files.write(dir.resolve("l.txt"), "Les forces fran\u00e7aises ont quitt\u00e9 la ville.".getBytes(StandardCharsets.ISO_8859_1));
        assertOneLine(run("code", latin1.toString()), 1, "not UTF-8");
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[6 * 1024 * 1024]);
        assertOneLine(run("code", big.toString()), 1, "more than one article may have");
        assertOneLine(run("code", "--max-bytes", "100", empty.toString().replace("empty", "missing2")), 1, "no such file");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertOneLine(run("code", "--format", "xml", "x.txt"), 2, "unknown format");
        assertOneLine(run("code", "--date", "05/12/2024", "x.txt"), 2, "--date");
        assertOneLine(run("code", "--bogus", "x.txt"), 2, "Unknown option");
        assertOneLine(run("code"), 2, "Missing required parameter");
        assertOneLine(run("code", "--format", "parquet", "x.txt"), 2, "parquet is a binary file format");
        assertOneLine(run("code", "--min-confidence", "1.5", "x.txt"), 2, "--min-confidence must lie between 0 and 1");
    }

    @Test
    void theThresholdHidesWhatAnAnalystWouldLikelyDropAndAllShowsIt() {
        Path hama = Path.of("..", "examples", "hama", "article.txt");
        long shown = run("code", hama.toString()).out().lines().count();
        long all = run("code", "--all", hama.toString()).out().lines().count();
        long none = run("code", "--min-confidence", "0.99", hama.toString()).out().lines().count();
        long everything = run("code", "--min-confidence", "0", hama.toString()).out().lines().count();
        assertThat(shown).isPositive().isLessThan(everything);
        assertThat(all).isGreaterThanOrEqualTo(everything);
        assertThat(none).isZero();
    }
}
