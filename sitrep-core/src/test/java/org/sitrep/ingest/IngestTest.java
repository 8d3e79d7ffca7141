package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

    @TempDir
    Path dir;

    @Test
    void missingEmptyBinaryAndNonUtf8InputsGetOneLineErrors() throws Exception {
        Ingest ingest = new Ingest();
        assertThatThrownBy(() -> ingest.read(dir.resolve("nope.txt"))).isInstanceOf(InputException.class)
                .hasMessageEndingWith("no such file");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertThatThrownBy(() -> ingest.read(empty)).hasMessageContaining("empty input");
        Path bin = Files.write(dir.resolve("x.bin"), new byte[] {'a', 0, 'b', 1, 2, 3});
        assertThatThrownBy(() -> ingest.read(bin)).hasMessageContaining("binary data");
        Path latin1 = Files.write(dir.resolve("l.txt"), "caf\u00e9 attack".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ingest.read(latin1)).hasMessageContaining("not UTF-8").hasMessageContaining("offset 3");
        assertThatThrownBy(() -> ingest.read(dir)).hasMessageContaining("directory");
        for (String m : new String[] {"no such file", "empty input", "binary data", "not UTF-8"}) {
            assertThat(m).doesNotContain("\n");
        }
    }

    @Test
    void oversizedInputIsRefusedWithoutReadingIt() throws Exception {
        Path big = Files.write(dir.resolve("big.txt"), new byte[2048]);
        assertThatThrownBy(() -> new Ingest(1024).read(big)).isInstanceOf(InputException.class)
                .hasMessageContaining("2048 bytes").hasMessageContaining("1024");
        assertThatThrownBy(() -> new Ingest(1024).read(new java.io.ByteArrayInputStream(new byte[4096]), "stdin"))
                .hasMessageContaining("stdin");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreHarmless() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Title here\r\n\r\nThe army withdrew from the town.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Article a = new Ingest().read(all, "w.txt");
        assertThat(a.text()).doesNotContain("\r").startsWith("Title here");
        assertThat(a.title()).isEqualTo("Title here");
    }

    @Test
    void htmlPagesKeepTheStoryAndTheirMetadata() {
        String html = """
                <!doctype html><html lang="en"><head><title>Site | Rebels enter city</title>
                <meta property="og:title" content="Rebels enter city">
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2024-12-05T09:28:00Z">
                <link rel="canonical" href="https://example.org/a/1"></head>
                <body><nav>Home | World</nav><article><h1>Rebels enter city</h1>
                <figure><img src="x.jpg"><figcaption>Fighters in the street. Photo: AFP</figcaption></figure>
                <p>Rebel fighters entered the city of Hama on Thursday.</p>
                <aside class="related">Read also: something else</aside>
                <p>The army said it had withdrawn.</p></article><footer>Copyright</footer></body></html>
                """;
        Article a = new Ingest().read(html.getBytes(StandardCharsets.UTF_8), "page.html");
        assertThat(a.title()).isEqualTo("Rebels enter city");
        assertThat(a.outlet()).isEqualTo("Example News");
        assertThat(a.url()).isEqualTo("https://example.org/a/1");
        assertThat(a.published().toString()).isEqualTo("2024-12-05T09:28");
        assertThat(a.body()).hasSize(2);
        assertThat(a.text()).doesNotContain("Photo: AFP").doesNotContain("Read also").doesNotContain("Home | World")
                .doesNotContain("Copyright");
    }
}
