package org.sitrep.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.InputException;

class GeoCorpusTest {

    static final String GWN = """
            <?xml version="1.0" ?>
            <articles>
              <article file="0">
                <title>T</title>
                <text>Fighting in Hama. Damascus said so.</text>
                <toponyms>
                  <toponym><extractedName>Hama</extractedName><type>Literal</type><start>12</start><end>16</end>
                    <geonamesID>170017</geonamesID><latitude>35.13179</latitude><longitude>36.75783</longitude></toponym>
                  <toponym><extractedName>Damascus</extractedName><type>Metonymic</type><start>18</start><end>26</end>
                    <geonamesID>170654</geonamesID><latitude>33.5102</latitude><longitude>36.29128</longitude></toponym>
                  <toponym><extractedName>street</extractedName><type>Literal</type><start>0</start><end>3</end>
                    <geonamesID/></toponym>
                </toponyms>
              </article>
            </articles>
            """;

    static final String LGL = """
            <?xml version="1.0" encoding="utf-8"?>
            <articles>
              <article docid="1">
                <title>Alexandria woman charged</title>
                <text><![CDATA[Alexandria woman charged.]]></text>
                <toponyms count="1">
                  <toponym><start>0</start><end>10</end><phrase>Alexandria</phrase>
                    <gaztag geonameid="4314550"><name>Alexandria</name><lat>31.3113</lat><lon>-92.4451</lon></gaztag>
                  </toponym>
                </toponyms>
              </article>
              <article docid="2"><title>x</title><text>No places.</text><toponyms count="0"/></article>
            </articles>
            """;

    private static List<GoldArticle> read(String xml, GeoCorpus.Format f) {
        return GeoCorpus.read(new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8)), f, "test.xml");
    }

    @Test
    void readsGeoWebNewsWithTypesAndCoordinates() {
        List<GoldArticle> as = read(GWN, GeoCorpus.Format.GWN);
        assertThat(as).hasSize(1);
        List<GoldToponym> ts = as.get(0).toponyms();
        assertThat(ts).extracting(GoldToponym::type).containsExactly("Literal", "Metonymic", "Literal");
        assertThat(ts.get(0).geonameId()).isEqualTo(170017L);
        assertThat(ts.get(0).lat()).isEqualTo(35.13179);
        assertThat(as.get(0).text().substring(ts.get(0).start(), ts.get(0).end())).isEqualTo("Hama");
        assertThat(ts.get(2).hasCoordinates()).isFalse();
        assertThat(ts.get(2).geonameId()).isNull();
    }

    @Test
    void readsLglAsLiteralToponymsWithTheirIndex() {
        List<GoldArticle> as = read(LGL, GeoCorpus.Format.LGL);
        assertThat(as).extracting(GoldArticle::index).containsExactly(0, 1);
        GoldToponym t = as.get(0).toponyms().get(0);
        assertThat(t.type()).isEqualTo("Literal");
        assertThat(t.geonameId()).isEqualTo(4314550L);
        assertThat(t.lon()).isEqualTo(-92.4451);
        assertThat(as.get(1).toponyms()).isEmpty();
    }

    @Test
    void badInputIsOneClearError() {
        assertThatThrownBy(() -> read("<articles><article>", GeoCorpus.Format.GWN))
                .isInstanceOf(InputException.class).hasMessageStartingWith("test.xml: malformed XML");
        assertThatThrownBy(() -> read("<articles/>", GeoCorpus.Format.LGL))
                .isInstanceOf(InputException.class).hasMessageContaining("no <article>");
        assertThatThrownBy(() -> GeoCorpus.Format.of("xyz")).isInstanceOf(InputException.class)
                .hasMessageContaining("gwn or lgl");
        assertThatThrownBy(() -> GeoCorpus.read(java.nio.file.Path.of("/no/such/corpus.xml"), GeoCorpus.Format.GWN))
                .isInstanceOf(InputException.class).hasMessageContaining("no such file");
    }
}
