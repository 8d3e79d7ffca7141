package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a WARC file (jwarc), plain or gzipped record by record as crawls such as
 * CC-NEWS are: every {@code response} record whose HTTP payload is HTML becomes an article whose
 * location is the file and the byte offset of the record. Other records (requests, metadata,
 * images) are passed over. A record that cannot be parsed is reported with its offset, and reading
 * goes on at the next record found after it.
 */
public final class WarcArticleReader {

    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final Ingest ingest;
    private final long maxBytes;

    public WarcArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.ingest = new Ingest(maxBytes);
    }

    /** What reading a file found besides its articles. */
    public record Stats(int records, int pages, int passed) {
    }

    public Stats read(Path file, Consumer<CorpusItem> sink) throws IOException {
        String name = file.toString();
        int records = 0, pages = 0, passed = 0;
        long size;
        try (FileChannel probe = FileChannel.open(file, StandardOpenOption.READ)) {
            size = probe.size();
        }
        long start = 0;
        long lastGood = -1;
        while (start >= 0 && start < size) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(start);
            boolean gzip;
            try (WarcReader reader = new WarcReader(channel)) {
                gzip = reader.compression() == WarcCompression.GZIP;
                start = -1;
                while (true) {
                    Optional<WarcRecord> next;
                    try {
                        next = reader.next();
                    } catch (IOException | RuntimeException e) {
                        long bad = boundary(file, lastGood + 1, gzip);
                        if (bad < 0) {
                            bad = lastGood + 1;
                        }
                        sink.accept(CorpusItem.failed(name + "@" + bad, "corrupt WARC record: " + message(e)));
                        start = boundary(file, bad + 1, gzip);
                        break;
                    }
                    if (next.isEmpty()) {
                        break;
                    }
                    WarcRecord record = next.get();
                    long offset = reader.position();
                    lastGood = offset;
                    records++;
                    String where = name + "@" + offset;
                    if (!(record instanceof WarcResponse response)) {
                        continue;
                    }
                    try {
                        if (!response.contentType().raw().toLowerCase(Locale.ROOT).startsWith("application/http")) {
                            passed++;
                            continue;
                        }
                        MediaType type = response.http().contentType();
                        String base = type.base().toString().toLowerCase(Locale.ROOT);
                        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                            passed++;
                            continue;
                        }
                        if (response.http().status() != 200) {
                            passed++;
                            continue;
                        }
                        pages++;
                        byte[] body;
                        try (InputStream in = response.http().bodyDecoded().stream()) {
                            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                        }
                        if (body.length > maxBytes) {
                            sink.accept(CorpusItem.failed(where, "page larger than " + maxBytes + " bytes"));
                            continue;
                        }
                        body = toUtf8(body, type);
                        Article a = ingest.read(body, where + ".html");
                        String url = a.url() != null ? a.url() : response.target();
                        sink.accept(CorpusItem.ok(where, new Article(a.id(), a.text(), a.segments(), a.title(),
                                a.published(), a.outlet(), url, a.cited(), a.datelinePlace(), a.language(), where)));
                    } catch (InputException e) {
                        String msg = e.getMessage();
                        String prefix = where + ".html: ";
                        sink.accept(CorpusItem.failed(where, msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg));
                    } catch (IOException | RuntimeException e) {
                        sink.accept(CorpusItem.failed(where, "unreadable WARC record: " + message(e)));
                    }
                }
            }
        }
        return new Stats(records, pages, passed);
    }

    /** The page's bytes as UTF-8, decoded with the charset its Content-Type names (UTF-8 when none). */
    private static byte[] toUtf8(byte[] body, MediaType type) {
        String cs = type.parameters().get("charset");
        if (cs == null) {
            return body;
        }
        try {
            Charset charset = Charset.forName(cs.strip().replace("\"", ""));
            if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)) {
                return body;
            }
            return new String(body, charset).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return body;
        }
    }

    /**
     * The offset of the next record at or after {@code from}: a line starting "WARC/1." in a plain
     * file, a gzip member header in a compressed one; -1 when there is none.
     */
    static long boundary(Path file, long from, boolean gzip) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            byte prev = '\n';
            if (from > 0 && !gzip) {
                ByteBuffer one = ByteBuffer.allocate(1);
                ch.read(one, from - 1);
                prev = one.get(0);
            }
            long pos = from;
            byte[] pattern = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : WARC_MAGIC;
            int overlap = pattern.length;
            while (pos < size) {
                buf.clear();
                int n = ch.read(buf, pos);
                if (n <= 0) {
                    break;
                }
                byte[] a = buf.array();
                for (int i = 0; i + pattern.length <= n; i++) {
                    byte before = i == 0 ? prev : a[i - 1];
                    if (!gzip && before != '\n') {
                        continue;
                    }
                    boolean hit = true;
                    for (int k = 0; k < pattern.length; k++) {
                        if (a[i + k] != pattern[k]) {
                            hit = false;
                            break;
                        }
                    }
                    if (hit) {
                        return pos + i;
                    }
                }
                if (n < pattern.length || pos + n >= size) {
                    break;
                }
                prev = a[n - overlap - 1];
                pos += n - overlap;
            }
            return -1;
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
