package org.sitrep.eval.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.AnnotatedDoc;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Keeps the CoreNLP annotation of evaluation articles on disk, so that a second run of {@code eval geo} over
 * the same corpus does not parse again. One gzipped file per article, named by the article's fingerprint;
 * sentences, tokens and both dependency graphs are kept, time expressions are not (the geoparser does not
 * read them). A file that cannot be read is ignored and rewritten.
 */
final class AnnotationCache {

    private final Path dir;

    AnnotationCache(Path dir) {
        this.dir = dir;
    }

    AnnotatedDoc get(Article article) {
        Path f = dir.resolve(article.id() + ".ann.gz");
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)),
                StandardCharsets.UTF_8))) {
            List<Sentence> sentences = new ArrayList<>();
            String line;
            int[] head = null;
            List<Token> tokens = null;
            List<Dependency> basic = null;
            List<Dependency> enhanced = null;
            while ((line = r.readLine()) != null) {
                String[] p = line.split("\t", -1);
                switch (p[0]) {
                    case "S" -> {
                        if (head != null) {
                            sentences.add(sentence(article, head, tokens, basic, enhanced));
                        }
                        head = new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]),
                                Integer.parseInt(p[4])};
                        tokens = new ArrayList<>();
                        basic = new ArrayList<>();
                        enhanced = new ArrayList<>();
                    }
                    case "T" -> {
                        int start = Integer.parseInt(p[3]);
                        int end = Integer.parseInt(p[4]);
                        tokens.add(new Token(tokens.size(), article.text().substring(start, end), p[1], p[2], start, end));
                    }
                    case "B" -> basic.add(new Dependency(p[1], Integer.parseInt(p[2]), Integer.parseInt(p[3])));
                    case "E" -> enhanced.add(new Dependency(p[1], Integer.parseInt(p[2]), Integer.parseInt(p[3])));
                    default -> throw new IOException("bad line");
                }
            }
            if (head != null) {
                sentences.add(sentence(article, head, tokens, basic, enhanced));
            }
            return new AnnotatedDoc(article, sentences);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Sentence sentence(Article a, int[] h, List<Token> tokens, List<Dependency> basic,
                                     List<Dependency> enhanced) {
        return new Sentence(h[0], h[1], h[2], h[3], a.text().substring(h[2], h[3]), tokens, basic, enhanced, List.of());
    }

    void put(AnnotatedDoc doc) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "ann", ".tmp");
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(
                    Files.newOutputStream(tmp)), StandardCharsets.UTF_8))) {
                for (Sentence s : doc.sentences()) {
                    w.write("S\t" + s.index() + "\t" + s.paragraph() + "\t" + s.start() + "\t" + s.end() + "\n");
                    for (Token t : s.tokens()) {
                        w.write("T\t" + clean(t.lemma()) + "\t" + clean(t.pos()) + "\t" + t.start() + "\t" + t.end() + "\n");
                    }
                    for (Dependency d : s.basic()) {
                        w.write("B\t" + d.rel() + "\t" + d.governor() + "\t" + d.dependent() + "\n");
                    }
                    for (Dependency d : s.enhanced()) {
                        w.write("E\t" + d.rel() + "\t" + d.governor() + "\t" + d.dependent() + "\n");
                    }
                }
            }
            Files.move(tmp, dir.resolve(doc.article().id() + ".ann.gz"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // a cache that cannot be written only costs time
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
