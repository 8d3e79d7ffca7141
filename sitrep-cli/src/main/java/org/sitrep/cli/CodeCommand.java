package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.Published;
import org.sitrep.output.EventWriter;
import org.sitrep.output.ExportFormat;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep code}: the events of one article. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code the events of one article (plain text or an HTML page; - reads standard input).",
            "Prints one JSON object per event: who did what to whom, where, when, according to whom,",
            "and the sentence it rests on."})
final class CodeCommand implements Callable<Integer> {

    /** The least confidence of an event 'sitrep code' prints by default (see README, "Confidence"). */
    static final double DEFAULT_MIN_CONFIDENCE = org.sitrep.events.EventRecord.DEFAULT_MIN_CONFIDENCE;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The article; - for standard input.")
    String input;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The day the article was published, when the text does not say (or says wrongly).")
    String date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default), geojson, plover, gdelt, acled or csv (parquet: use sitrep export).")
    String format;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "A directory of more dictionaries in the PETRARCH formats (*actors*.txt, *agents*.txt, *verbs*.txt).")
    Path dictionaries;

    @Option(names = "--all", description = {"Every telling of every event, whatever its confidence; by default repeats in the",
        "article are folded into one event and only events at or above --min-confidence are printed."})
    boolean all;

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Print only events whose confidence is at least X, 0 to 1 (default " + DEFAULT_MIN_CONFIDENCE + ").")
    Double minConfidence;

    @Option(names = "--explain", description = "Say on stderr what was found in each sentence and why each verb was coded as it was.")
    boolean explain;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + Ingest.DEFAULT_MAX_BYTES,
            description = "The largest article read, in bytes (default ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() {
        ExportFormat fmt;
        try {
            fmt = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (fmt == ExportFormat.PARQUET) {
            throw new UsageException("parquet is a binary file format: store the events (sitrep ingest) and use sitrep export --format parquet --out FILE");
        }
        LocalDate day = null;
        if (date != null) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new UsageException("--date must be a day as YYYY-MM-DD, not '" + date + "'");
            }
        }
        if (maxBytes <= 0 || maxBytes > Ingest.MAX_MAX_BYTES) {
            throw new UsageException("--max-bytes must be within 1.." + Ingest.MAX_MAX_BYTES + ", not " + maxBytes);
        }
        if (minConfidence != null && (minConfidence < 0 || minConfidence > 1 || minConfidence.isNaN())) {
            throw new UsageException("--min-confidence must lie between 0 and 1, not " + minConfidence);
        }
        DictionaryDirs.check(dictionaries);
        double threshold = all ? 0 : minConfidence != null ? minConfidence : DEFAULT_MIN_CONFIDENCE;
        Ingest ingest = new Ingest(maxBytes);
        Article article = input.equals("-") ? ingest.read(System.in, "stdin") : ingest.read(Path.of(input));
        if (day != null) {
            article = article.withPublished(new Published(day, null));
        }
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipelines.standard(dictionaries, err);
        Pipeline.Result result;
        if (explain) {
            List<String> lines = new java.util.ArrayList<>();
            result = pipeline.explain(article, lines);
            lines.forEach(err::println);
        } else {
            result = all ? pipeline.runAll(article) : pipeline.run(article);
        }
        for (String note : result.doc().notes()) {
            err.println("sitrep: note: " + note);
        }
        err.flush();
        List<EventRecord> coded = result.events();
        List<EventRecord> events = coded.stream().filter(e -> e.confidence() >= threshold - 1e-9).toList();
        PrintWriter out = spec.commandLine().getOut();
        EventWriter.write(events, fmt, out);
        long written = events.stream().filter(fmt::covers).count();
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "code: %d event%s from %s in %.1f s",
                written, written == 1 ? "" : "s", input.equals("-") ? "stdin" : input, (System.nanoTime() - t0) / 1e9));
        List<String> left = new java.util.ArrayList<>();
        if (coded.size() > events.size()) {
            left.add((coded.size() - events.size()) + " below confidence " + threshold);
        }
        if (events.size() > written) {
            left.add((events.size() - written) + " outside the " + fmt.label() + " format's scope");
        }
        if (!left.isEmpty()) {
            summary.append(" (left out: ").append(String.join("; ", left)).append(')');
        }
        err.println(summary);
        err.flush();
        return 0;
    }
}
