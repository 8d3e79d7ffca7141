package org.sitrep.eval.petrarch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.dict.DictionaryException;
import org.sitrep.dict.DictionaryFiles;
import org.sitrep.events.CodingOptions;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Published;
import org.sitrep.ingest.Segment;
import org.sitrep.ingest.Texts;
import org.sitrep.mentions.ToponymFinder;
import org.sitrep.nlp.Annotator;
import org.sitrep.pipeline.FastPipeline;
import org.sitrep.pipeline.Pipeline;

/**
 * Codes every record of the validation suite from its raw text with sitrep's own pipeline and the
 * suite's fictional-world dictionaries, under the options each record's {@code <Config>} sets, and
 * compares the multiset of (source, target, CAMEO) triples with the expected one.
 */
public final class PetrarchEvaluation {

    /** What one record gave. */
    public record Outcome(PetrarchRecord record, List<PetrarchRecord.Triple> actual, String error, boolean pass) {
    }

    /** All outcomes, with the figures. */
    public record Report(List<Outcome> outcomes) {
        public long passed() {
            return outcomes.stream().filter(Outcome::pass).count();
        }

        public double passRate() {
            return outcomes.isEmpty() ? 0 : (double) passed() / outcomes.size();
        }

        /** Category → {passed, total}. */
        public Map<String, int[]> byCategory() {
            Map<String, int[]> m = new TreeMap<>();
            for (Outcome o : outcomes) {
                int[] c = m.computeIfAbsent(o.record().category().toUpperCase(Locale.ROOT), k -> new int[2]);
                c[0] += o.pass() ? 1 : 0;
                c[1]++;
            }
            return m;
        }
    }

    private final Pipeline pipeline;

    public PetrarchEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * A pipeline over the dictionary files the suite's environment names, found in {@code dir}.
     *
     * @param annotator the nlp stage, or {@code null} for the fast path (see {@link FastPipeline})
     */
    public static PetrarchEvaluation forSuite(PetrarchSuite suite, Path dir, Annotator annotator) {
        Map<String, String> env = suite.environment();
        List<DictionaryFiles.Source> actors = files(dir, env.get("Actorfile"));
        List<DictionaryFiles.Source> agents = files(dir, env.get("Agentfile"));
        List<DictionaryFiles.Source> verbs = files(dir, env.get("Verbfile"));
        List<DictionaryFiles.Source> discards = files(dir, env.get("Discardfile"));
        if (actors.isEmpty() || verbs.isEmpty()) {
            throw new DictionaryException("the suite names no <Actorfile> or <Verbfile> in its <Environment>");
        }
        DictionaryFiles files = new DictionaryFiles(actors, agents, verbs, discards);
        return new PetrarchEvaluation(annotator == null
                ? FastPipeline.create(files, ToponymFinder.NONE, CodingOptions.PETRARCH, false).asPipeline()
                : Pipeline.create(files, annotator, ToponymFinder.NONE, CodingOptions.PETRARCH, false));
    }

    private static List<DictionaryFiles.Source> files(Path dir, String names) {
        List<DictionaryFiles.Source> out = new ArrayList<>();
        if (names == null || names.isBlank()) {
            return out;
        }
        for (String n : names.split("[,\\s]+")) {
            Path p = dir.resolve(n.strip());
            if (!Files.isRegularFile(p)) {
                throw new DictionaryException(p + ": the suite's dictionary is not there (give --dictionaries DIR)");
            }
            out.add(DictionaryFiles.file(p));
        }
        return out;
    }

    public Report run(List<PetrarchRecord> records, java.util.function.Consumer<Outcome> progress) {
        List<Outcome> out = new ArrayList<>();
        for (PetrarchRecord r : records) {
            Outcome o = code(r);
            out.add(o);
            progress.accept(o);
        }
        return new Report(out);
    }

    /** The options the record's {@code <Config>} sets. */
    static CodingOptions options(Map<String, String> config) {
        CodingOptions o = CodingOptions.PETRARCH;
        String dyad = config.get("require_dyad");
        if (dyad != null) {
            o = o.withRequireDyad(Boolean.parseBoolean(dyad.strip().toLowerCase(Locale.ROOT)));
        }
        CodingOptions.Commas c = o.commas();
        for (var e : config.entrySet()) {
            if (e.getKey().startsWith("comma_")) {
                try {
                    c = c.with(e.getKey(), Integer.parseInt(e.getValue().strip()));
                } catch (NumberFormatException ex) {
                    // a malformed option is ignored, as PETRARCH does
                }
            }
        }
        String length = config.get("new_actor_length");
        if (length != null) {
            try {
                o = o.withNewActorLength(Integer.parseInt(length.strip()));
            } catch (NumberFormatException ex) {
                // ignored, as PETRARCH does
            }
        }
        return o.withCommas(c);
    }

    public Outcome code(PetrarchRecord r) {
        return code(r, null);
    }

    /** Codes a record; when {@code explain} is not null, adds what was found and decided. */
    public Outcome code(PetrarchRecord r, List<String> explain) {
        Pipeline p = pipeline.with(options(r.config()));
        String discard = p.coder().discardReason(r.text());
        List<PetrarchRecord.Triple> actual = new ArrayList<>();
        String error = null;
        if (discard != null) {
            error = discard.startsWith("story") ? "storydiscard" : "sentencediscard";
        } else {
            Article a = new Article(Texts.fingerprint(r.text()), r.text(),
                    List.of(new Segment(Segment.Kind.BODY, 0, r.text().length())), null,
                    new Published(r.date(), null), null, null, List.of(), null, "en", r.id());
            List<EventRecord> events = explain == null ? p.code(a) : p.explain(a, explain).events();
            for (EventRecord e : events) {
                actual.add(new PetrarchRecord.Triple(code(e.source()), code(e.target()), e.cameo()));
            }
        }
        boolean pass;
        if (r.error() != null) {
            pass = r.error().equals(error) || error == null && actual.isEmpty();
        } else {
            pass = error == null && sameMultiset(r.expected(), actual);
        }
        return new Outcome(r, actual, error, pass);
    }

    private static String code(EventRecord.Participant p) {
        return p == null || p.cameo() == null ? "---" : p.cameo();
    }

    static boolean sameMultiset(List<PetrarchRecord.Triple> a, List<PetrarchRecord.Triple> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Map<PetrarchRecord.Triple, Integer> counts = new HashMap<>();
        a.forEach(t -> counts.merge(t, 1, Integer::sum));
        for (PetrarchRecord.Triple t : b) {
            Integer n = counts.get(t);
            if (n == null || n == 0) {
                return false;
            }
            counts.put(t, n - 1);
        }
        return true;
    }
}
