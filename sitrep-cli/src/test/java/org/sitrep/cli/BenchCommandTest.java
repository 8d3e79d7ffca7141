package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep bench} on a tiny corpus: the report's figures are there and both paths agree. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void reportsBothPathsAndWhetherTheyCodedTheSameEvents() throws Exception {
        Path sgm = tmp.resolve("reut2-999.sgm");
        Files.writeString(sgm, """
                <REUTERS NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT>
                <TITLE>IRAN SAYS IT SHELLED BASRA</TITLE>
                <DATELINE>    NICOSIA, Feb 26 - </DATELINE><BODY>Iranian forces shelled the Iraqi city of Basra on
                Thursday, Tehran radio said.
                    Oil prices were steady in quiet trading.
                 Reuter
                &#3;</BODY></TEXT></REUTERS>
                <REUTERS NEWID="2"><DATE>26-FEB-1987 15:02:01.79</DATE><TEXT>
                <TITLE>COCOA REVIEW</TITLE>
                <BODY>Showers continued throughout the week in the cocoa zone.
                    Arrivals for the week were 155,221 bags.
                 Reuter
                &#3;</BODY></TEXT></REUTERS>
                """);
        String[] r = run("bench", "--articles", "2", "--warmup", "0", "--threads", "2", "--dir", tmp.toString(),
                sgm.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("sitrep bench: 2 articles", "articles/s (wall)", "sentences parsed (%)",
                "peak heap (MiB)", "  parse", "  store", "fast/full");
        assertThat(r[1]).contains("events identical in 2 of 2 articles");
        assertThat(r[1]).containsPattern("sentences parsed \\(%\\)\\s+\\d+\\.\\d\\s+100\\.0");
        assertThat(tmp.resolve("bench-fast.duckdb")).exists();
    }

    @Test
    void refusesBadOptions() {
        String[] r = run("bench", "--articles", "0", "x.sgm");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("--articles must be at least 1");
        r = run("bench", "--full", "--fast", "x.sgm");
        assertThat(r[0]).isEqualTo("2");
        r = run("bench", tmp.resolve("missing").toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("no such file");
    }
}
