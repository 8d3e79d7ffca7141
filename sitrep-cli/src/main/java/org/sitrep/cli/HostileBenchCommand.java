package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.InputException;
import org.sitrep.pipeline.FastPipeline;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep bench-hostile}: the worst case time per article, on inputs made to cost the most. */
@Command(name = "bench-hostile", mixinStandardHelpOptions = true,
        description = {"Measure the worst case: code a generated corpus of hostile inputs (sentences of",
            "hundreds to tens of thousands of tokens, two megabytes on one line, floods of dates, names,",
            "tiny sentences, one word, brackets, random words) one article at a time, and print for",
            "each the time, the tokens, what became of it (coded, cut into pieces, refused) and the",
            "worst time per article. --out DIR also writes the corpus, for 'sitrep ingest'."})
final class HostileBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--full", description = "The full path (every sentence parsed), as 'sitrep code' runs; default the fast path.")
    boolean full;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20", description = "Seed of the corpus (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the generated corpus there too.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        List<HostileCorpus.Item> items = HostileCorpus.generate(seed);
        if (out != null) {
            Files.createDirectories(out);
            for (HostileCorpus.Item i : items) {
                Files.write(out.resolve(i.name()), i.bytes());
            }
        }
        FastPipeline fast = IngestCommand.fast(null);
        Pipeline pipeline = full ? fast.full() : fast.asPipeline();
        Ingest ingest = new Ingest();
        pipeline.run(ingest.read(items.get(0).bytes(), "warmup.txt")); // models loaded, not counted
        w.printf(Locale.ROOT, "%-32s %10s %9s %8s  %s%n", "input (" + (full ? "full" : "fast") + " path)", "bytes",
                "seconds", "events", "outcome");
        double worst = 0;
        String worstName = null;
        for (HostileCorpus.Item i : items) {
            long t0 = System.nanoTime();
            String outcome;
            int events = 0;
            try {
                Article a = ingest.read(i.bytes(), i.name());
                Pipeline.Result r = pipeline.run(a);
                events = r.events().size();
                outcome = r.doc().notes().isEmpty() ? "coded" : "coded; " + r.doc().notes().size()
                        + " long sentence(s) cut into pieces";
            } catch (InputException e) {
                outcome = "refused: " + Main.oneLine(e.getMessage());
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (s > worst) {
                worst = s;
                worstName = i.name();
            }
            w.printf(Locale.ROOT, "%-32s %10d %9.2f %8d  %s%n", i.name(), i.bytes().length, s, events, outcome);
            w.flush();
        }
        w.printf(Locale.ROOT, "worst case: %.2f s per article (%s)%n", worst, worstName);
        w.flush();
        return 0;
    }
}
