package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.InputException;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval noise}: conflict events coded in stories that tell none (business wire copy). */
@Command(name = "noise", mixinStandardHelpOptions = true,
        description = {"Code stories that tell no political violence (Reuters-21578 business copy, or anything",
            "'sitrep ingest' reads) as 'sitrep code' does and count the events typed as ACLED political violence",
            "(Battles, Explosions/Remote violence, Violence against civilians, Riots): every one is noise unless",
            "the story does tell such an event. Prints events per story; --out lists each with its sentence."})
final class EvalNoiseCommand implements Callable<Integer> {

    /** ACLED's event types of political violence. */
    static final Set<String> CONFLICT_TYPES = Set.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Riots");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "Reuters-21578 .sgm files or other corpus files.")
    List<Path> corpus;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "200", description = "How many stories (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Count only events at or above this confidence (default: what 'sitrep code' emits).")
    Double minConfidence;

    @Option(names = "--out", paramLabel = "FILE", description = "One line per conflict event: story, code, sides, sentence.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (articles <= 0) {
            throw new UsageException("--articles must be positive");
        }
        int[] skipped = {0};
        List<Article> stories = PipelineBench.read(corpus, articles, skipped);
        if (stories.isEmpty()) {
            throw new InputException("no story could be read from " + corpus);
        }
        Pipeline pipeline = Pipelines.standard(null);
        double threshold = minConfidence != null ? minConfidence : CodeCommand.DEFAULT_MIN_CONFIDENCE;
        int events = 0;
        int conflict = 0;
        int storiesWithConflict = 0;
        PrintWriter err = spec.commandLine().getErr();
        try (BufferedWriter w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int n = 0; n < stories.size(); n++) {
                Article a = stories.get(n);
                List<EventRecord> coded = pipeline.code(a).stream().filter(e -> e.confidence() >= threshold - 1e-9).toList();
                events += coded.size();
                int here = 0;
                for (EventRecord e : coded) {
                    if (e.acled() != null && CONFLICT_TYPES.contains(e.acled().eventType())) {
                        here++;
                        if (w != null) {
                            w.write(String.format(Locale.ROOT, "%s\t%s\t%s\t%s -> %s\t%s%n", a.origin(), e.cameo(),
                                    e.acled().eventType(), e.source() == null ? "-" : e.source().text(),
                                    e.target() == null ? "-" : e.target().text(), e.evidence().text().replace('\n', ' ')));
                        }
                    }
                }
                conflict += here;
                storiesWithConflict += here > 0 ? 1 : 0;
                if ((n + 1) % 50 == 0) {
                    err.printf("coded %d of %d stories%n", n + 1, stories.size());
                    err.flush();
                }
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%d stories (%d unreadable skipped): %d events, %d typed as ACLED political violence "
                        + "(%.3f per story) in %d stories%n", stories.size(), skipped[0], events, conflict,
                (double) conflict / stories.size(), storiesWithConflict);
        o.flush();
        return 0;
    }
}
