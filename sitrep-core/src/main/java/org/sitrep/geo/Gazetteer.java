package org.sitrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Looks place names up in the gazetteer: exactly as written (abbreviations such as {@code U.S.}, {@code Calif.}),
 * by folded key ({@link NameFolder#fold}: case, diacritics, apostrophes, hyphens), without a leading Arabic
 * article ({@code al-Raqqa} → {@code Raqqa}), and, when none of these finds anything, by a loose transliteration
 * skeleton ({@code Hamah}/{@code Hama}). Demonyms ({@code Syrian}) are looked up separately.
 *
 * <p>The entries live in a Lucene index built at first use (see {@link GazetteerIndex}). In front of it sits an
 * in-memory set of the 64-bit hashes of every indexed key, so that a name that is in no entry (most capitalised
 * word sequences of a text) is rejected in well under a microsecond; hits are cached. One instance is meant to be
 * shared by the whole process ({@link #shared()}); every method is safe to call from several threads.
 */
public final class Gazetteer {

    /** How a name matched an entry, best first. */
    public enum MatchKind {
        /** As written, an abbreviation or short form listed for the entry ({@code U.S.}). */
        ABBREVIATION,
        /** The folded key of the entry's preferred name. */
        NAME,
        /** The folded key of one of its alternate names (or the name without its article). */
        ALTERNATE,
        /** Only the loose transliteration skeleton agrees. */
        VARIANT
    }

    /** One entry a name matched, and how. */
    public record Match(GazetteerEntry entry, MatchKind how) {
    }

    private static volatile Gazetteer shared;

    private final DirectoryReader reader;
    private final long[] keyHashes;
    private final long[] looseHashes;
    private final long[] exactHashes;
    private final long[] demonymHashes;
    private final Map<String, GazetteerEntry> countries = new HashMap<>();
    private final Map<String, GazetteerEntry> admin1 = new HashMap<>();
    private final Map<String, List<Match>> cache = new ConcurrentHashMap<>();
    private final Map<Integer, GazetteerEntry> entries = new ConcurrentHashMap<>();
    private final String location;

    Gazetteer(GazetteerIndex.Opened index) {
        this.reader = index.reader();
        this.location = index.location();
        try {
            this.keyHashes = hashes(GazetteerIndex.KEY);
            this.looseHashes = hashes(GazetteerIndex.LOOSE);
            this.exactHashes = hashes(GazetteerIndex.EXACT);
            this.demonymHashes = hashes(GazetteerIndex.DEMONYM);
            for (String kind : List.of("C", "A")) {
                for (GazetteerEntry e : search(GazetteerIndex.KIND, kind)) {
                    if (e.kind() == GazetteerEntry.Kind.COUNTRY) {
                        countries.put(e.country(), e);
                    } else {
                        admin1.put(e.country() + "." + e.admin1Code(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process-wide gazetteer over the committed data file, its index built or opened on first use. */
    public static Gazetteer shared() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = shared;
                if (g == null) {
                    g = open(GazetteerIndex.defaultCacheRoot());
                    shared = g;
                }
            }
        }
        return g;
    }

    /** Opens the committed data file with its index under {@code cacheRoot} (built there if missing). */
    public static Gazetteer open(Path cacheRoot) {
        return new Gazetteer(GazetteerIndex.open(GazetteerIndex.committedData(), cacheRoot));
    }

    /** Opens a gazetteer over another data file (gzipped TSV, see {@link GazetteerFile}), for tests and tools. */
    public static Gazetteer open(GazetteerIndex.Data data, Path cacheRoot) {
        return new Gazetteer(GazetteerIndex.open(data, cacheRoot));
    }

    /** Where the index lives: a directory, or {@code memory}. */
    public String location() {
        return location;
    }

    /** Number of entries. */
    public int size() {
        return reader.numDocs();
    }

    /**
     * True when the name may match something (as a name, abbreviation or demonym); false means it certainly
     * does not. Costs a fold and a few binary searches.
     */
    public boolean mayMatch(String text) {
        if (contains(exactHashes, text)) {
            return true;
        }
        String key = NameFolder.fold(text);
        if (key.isEmpty()) {
            return false;
        }
        if (contains(keyHashes, key) || contains(demonymHashes, key)) {
            return true;
        }
        String w = writtenArticle(text) ? NameFolder.withoutArticle(key) : null;
        if (w != null && contains(keyHashes, w)) {
            return true;
        }
        return contains(looseHashes, NameFolder.loose(key));
    }

    /**
     * The entries a name matches, best match first: abbreviations as written, then the folded key (preferred
     * names before alternates), then the name without its Arabic article; the loose skeleton only when nothing
     * else matched. Empty when the name is in no entry.
     */
    public List<Match> lookup(String text) {
        return cache.computeIfAbsent("n\u0000" + text, k -> compute(text));
    }

    /** Whether a name starts with the English article ("The Bank", "the Valley"). */
    private static boolean startsWithThe(String text) {
        return text.length() > 4 && text.regionMatches(true, 0, "the ", 0, 4);
    }

    private List<Match> compute(String text) {
        List<Match> out = new ArrayList<>();
        Map<Integer, Boolean> seen = new HashMap<>();
        try {
            if (contains(exactHashes, text)) {
                for (int doc : docs(GazetteerIndex.EXACT, text)) {
                    if (seen.putIfAbsent(doc, true) == null) {
                        out.add(new Match(entry(doc), MatchKind.ABBREVIATION));
                    }
                }
            }
            String key = NameFolder.fold(text);
            if (key.isEmpty()) {
                return List.copyOf(out);
            }
            List<String> keys = new ArrayList<>(2);
            keys.add(key);
            String w = writtenArticle(text) ? NameFolder.withoutArticle(key) : null;
            if (w != null) {
                keys.add(w);
            }
            for (String k : keys) {
                if (!contains(keyHashes, k)) {
                    continue;
                }
                for (int doc : docs(GazetteerIndex.KEY, k)) {
                    if (seen.putIfAbsent(doc, true) == null) {
                        GazetteerEntry e = entry(doc);
                        boolean preferred = NameFolder.fold(e.name()).equals(k);
                        if (!preferred && startsWithThe(text) && e.kind() == GazetteerEntry.Kind.PLACE) {
                            continue; // "The Bank" is an old name of Portsmouth, NH; "The Hague" is a name
                        }
                        out.add(new Match(e, preferred ? MatchKind.NAME : MatchKind.ALTERNATE));
                    }
                }
            }
            if (out.isEmpty()) {
                String loose = NameFolder.loose(w != null ? w : key);
                if (contains(looseHashes, loose)) {
                    for (int doc : docs(GazetteerIndex.LOOSE, loose)) {
                        if (seen.putIfAbsent(doc, true) == null) {
                            out.add(new Match(entry(doc), MatchKind.VARIANT));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort((a, b) -> a.how().compareTo(b.how()));
        return List.copyOf(out);
    }

    /**
     * Whether the name starts with an Arabic article as such names are written in English: "al-", "el-", "as-",
     * "Al " or "El " ("As Kelly" does not).
     */
    static boolean writtenArticle(String text) {
        int sep = -1;
        for (int i = 0; i < Math.min(text.length(), 4); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == ' ') {
                sep = i;
                break;
            }
        }
        if (sep < 2) {
            return false;
        }
        String art = text.substring(0, sep);
        if (!NameFolder.ARTICLES.contains(art.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return text.charAt(sep) == '-' || art.equalsIgnoreCase("al") || art.equalsIgnoreCase("el");
    }

    /** The countries and regions a demonym names ({@code Syrian} → Syria), empty when it is none. */
    public List<GazetteerEntry> demonym(String text) {
        String key = NameFolder.fold(text);
        if (key.isEmpty() || !contains(demonymHashes, key)) {
            return List.of();
        }
        return cache.computeIfAbsent("d\u0000" + key, k -> {
            try {
                List<Match> out = new ArrayList<>();
                for (int doc : docs(GazetteerIndex.DEMONYM, key)) {
                    out.add(new Match(entry(doc), MatchKind.NAME));
                }
                return List.copyOf(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).stream().map(Match::entry).toList();
    }

    /** The country with this ISO 3166-1 alpha-2 code, or {@code null}. */
    public GazetteerEntry country(String iso2) {
        return iso2 == null ? null : countries.get(iso2);
    }

    /** The first-level division with this GeoNames admin1 code in this country, or {@code null}. */
    public GazetteerEntry admin1(String country, String admin1Code) {
        if (country == null || admin1Code == null) {
            return null;
        }
        return admin1.get(country + "." + admin1Code);
    }

    /** The entry as a {@link Place}, its admin1 name filled in; {@code null} for an entry without coordinates. */
    public Place place(GazetteerEntry e) {
        if (e == null) {
            return null;
        }
        String a1 = null;
        if (e.kind() == GazetteerEntry.Kind.ADMIN1) {
            a1 = e.name();
        } else {
            GazetteerEntry d = admin1(e.country(), e.admin1Code());
            a1 = d == null ? null : d.name();
        }
        return e.toPlace(a1);
    }

    private GazetteerEntry entry(int doc) {
        GazetteerEntry e = entries.get(doc);
        if (e == null) {
            try {
                StoredFields stored = reader.storedFields();
                e = GazetteerFile.parse(stored.document(doc).get(GazetteerIndex.LINE));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            GazetteerEntry first = entries.putIfAbsent(doc, e);
            if (first != null) {
                e = first;
            }
        }
        return e;
    }

    /** The documents holding the term, read straight from the postings (no scoring, no top-N queue). */
    private int[] docs(String field, String value) throws IOException {
        int[] out = new int[4];
        int n = 0;
        Term term = new Term(field, value);
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum pe = leaf.reader().postings(term, PostingsEnum.NONE);
            if (pe == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = leaf.docBase + d;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private List<GazetteerEntry> search(String field, String value) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        for (int doc : docs(field, value)) {
            out.add(entry(doc));
        }
        return out;
    }

    private long[] hashes(String field) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return new long[0];
        }
        long[] out = new long[(int) Math.max(16, terms.size() < 0 ? 1024 : terms.size())];
        int n = 0;
        TermsEnum te = terms.iterator();
        BytesRef b;
        while ((b = te.next()) != null) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = hash(b);
        }
        long[] sorted = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    private static boolean contains(long[] set, String s) {
        return java.util.Arrays.binarySearch(set, hash(s)) >= 0;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** 64-bit FNV-1a over the UTF-8 bytes of the string, computed without encoding it. */
    static long hash(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (c < 0x80) {
                h = (h ^ c) * FNV_PRIME;
            } else if (c < 0x800) {
                h = (h ^ (0xC0 | (c >> 6))) * FNV_PRIME;
                h = (h ^ (0x80 | (c & 0x3F))) * FNV_PRIME;
            } else if (Character.isHighSurrogate((char) c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint((char) c, s.charAt(++i));
                h = (h ^ (0xF0 | (cp >> 18))) * FNV_PRIME;
                h = (h ^ (0x80 | ((cp >> 12) & 0x3F))) * FNV_PRIME;
                h = (h ^ (0x80 | ((cp >> 6) & 0x3F))) * FNV_PRIME;
                h = (h ^ (0x80 | (cp & 0x3F))) * FNV_PRIME;
            } else {
                if (Character.isSurrogate((char) c)) {
                    c = 0xFFFD;
                }
                h = (h ^ (0xE0 | (c >> 12))) * FNV_PRIME;
                h = (h ^ (0x80 | ((c >> 6) & 0x3F))) * FNV_PRIME;
                h = (h ^ (0x80 | (c & 0x3F))) * FNV_PRIME;
            }
        }
        return h;
    }

    /** The same hash over a term's UTF-8 bytes. */
    static long hash(BytesRef b) {
        long h = FNV_OFFSET;
        for (int i = b.offset; i < b.offset + b.length; i++) {
            h = (h ^ (b.bytes[i] & 0xFF)) * FNV_PRIME;
        }
        return h;
    }

    /** Countries of the gazetteer, by ISO code (read-only). */
    public Map<String, GazetteerEntry> countries() {
        return Collections.unmodifiableMap(countries);
    }
}
