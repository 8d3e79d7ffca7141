package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoparseCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsOneJsonObjectPerToponym(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("story.txt");
        String text = "Rebels entered Hama on Thursday, the army loyal to Damascus said.\n\n"
                + "Syrian troops withdrew from the city.\n";
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Run r = run("geoparse", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : r.out().strip().split("\n")) {
            lines.add(json.readTree(line));
        }
        JsonNode hama = lines.stream().filter(n -> n.get("text").asText().equals("Hama")).findFirst().orElseThrow();
        assertThat(hama.get("use").asText()).isEqualTo("literal");
        assertThat(hama.get("geonameid").asLong()).isEqualTo(170017L);
        assertThat(hama.get("id").asText()).isEqualTo("170017");
        assertThat(hama.get("lat").asDouble()).isEqualTo(35.13179);
        assertThat(hama.get("lon").asDouble()).isEqualTo(36.75783);
        assertThat(hama.get("country").asText()).isEqualTo("SY");
        assertThat(text.substring(hama.get("start").asInt(), hama.get("end").asInt())).isEqualTo("Hama");
        JsonNode damascus = lines.stream().filter(n -> n.get("text").asText().equals("Damascus")).findFirst().orElseThrow();
        assertThat(damascus.get("use").asText()).isEqualTo("metonymic");
        JsonNode syrian = lines.stream().filter(n -> n.get("text").asText().equals("Syrian")).findFirst().orElseThrow();
        assertThat(syrian.get("use").asText()).isEqualTo("demonym");
    }

    @Test
    void focusEndsTheOutputOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("story.txt");
        Files.writeString(f, "Rebels entered Hama on Thursday. Fighting went on in Hama and near Aleppo.\n",
                StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        String[] plain = run("geoparse", f.toString()).out().strip().split("\n");
        assertThat(plain).noneMatch(l -> l.contains("\"focus\""));
        Run r = run("geoparse", "--focus", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(plain.length + 1);
        JsonNode focus = json.readTree(lines[lines.length - 1]).get("focus");
        assertThat(focus.get("city").get("geonameid").asLong()).isEqualTo(170017L);
        assertThat(focus.get("city").get("mentions").asInt()).isEqualTo(2);
        assertThat(focus.get("country").get("country").asText()).isEqualTo("SY");
    }

    @Test
    void badInputGivesOneLineAndNonZeroExit(@TempDir Path dir) throws Exception {
        Run missing = run("geoparse", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).contains("no such file").doesNotContain("\n");
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Run e = run("geoparse", empty.toString());
        assertThat(e.code()).isEqualTo(1);
        assertThat(e.err().strip()).contains("empty").doesNotContain("\n");
        Path binary = dir.resolve("bin.txt");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28});
        Run b = run("geoparse", binary.toString());
        assertThat(b.code()).isEqualTo(1);
        assertThat(b.err().strip()).doesNotContain("\n").isNotEmpty();
    }

    @Test
    void evalGeoRejectsAnUnknownCorpusAndAMissingFile(@TempDir Path dir) {
        Run r = run("eval", "geo", "--corpus", "xyz", dir.resolve("c.xml").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("gwn or lgl");
        Run m = run("eval", "geo", "--corpus", "gwn", dir.resolve("c.xml").toString());
        assertThat(m.code()).isEqualTo(1);
        assertThat(m.err()).contains("no such file");
    }

    @Test
    void evalGeoScoresASmallCorpusAndWritesPredictions(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("gwn.xml");
        Files.writeString(corpus, """
                <?xml version="1.0" ?>
                <articles>
                  <article file="0"><title>T</title>
                    <text>Heavy fighting was reported in Hama on Friday.</text>
                    <toponyms>
                      <toponym><extractedName>Hama</extractedName><type>Literal</type><start>31</start><end>35</end>
                        <geonamesID>170017</geonamesID><latitude>35.13179</latitude><longitude>36.75783</longitude></toponym>
                    </toponyms>
                  </article>
                </articles>
                """.strip(), StandardCharsets.UTF_8);
        Path out = dir.resolve("pred.jsonl");
        Run r = run("eval", "geo", "--corpus", "gwn", corpus.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("recall 1.000").contains("acc@161km 1.000");
        JsonNode p = new ObjectMapper().readTree(Files.readAllLines(out).get(0));
        assertThat(p.get("doc").asInt()).isZero();
        assertThat(p.get("start").asInt()).isEqualTo(31);
        assertThat(p.get("geonameid").asLong()).isEqualTo(170017L);
        assertThat(p.get("use").asText()).isEqualTo("literal");
    }
}
