package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.ingest.InputException;
import org.sitrep.output.ArticleFacts;
import org.sitrep.output.EventStreamWriter;
import org.sitrep.output.ExportFormat;
import org.sitrep.store.EventStore;
import org.sitrep.store.ParquetExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep export}: the store's events in a standard format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store's events (all, or those the options select) in a standard format:",
            "  gdelt           GDELT 2.0 event table (61 tab-separated columns, no header unless --header)",
            "  gdelt-mentions  GDELT 2.0 mentions table (16 columns, one row per sentence telling an event)",
            "  acled           ACLED CSV (ACLED's codebook columns; events of an ACLED type only)",
            "  plover          PLOVER JSON, one record per line (events of a PLOVER type only)",
            "  geojson         a GeoJSON FeatureCollection",
            "  csv             sitrep's flat table",
            "  parquet         the same table as Apache Parquet (needs --out)",
            "  jsonl           the events with every report, one JSON object per line"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    QueryOptions query;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "gdelt, gdelt-mentions, acled, plover, geojson, csv, parquet or jsonl.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--mentions", paramLabel = "FILE", description = "With --format gdelt: also write the mentions table to FILE.")
    Path mentions;

    @Option(names = "--header", description = "Start GDELT tables with a line of column names.")
    boolean header;

    @Override
    public Integer call() throws IOException {
        ExportFormat fmt;
        try {
            fmt = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (fmt == ExportFormat.PARQUET && out == null) {
            throw new UsageException("--format parquet needs --out FILE (Parquet is binary)");
        }
        if (mentions != null && fmt != ExportFormat.GDELT) {
            throw new UsageException("--mentions goes with --format gdelt");
        }
        var q = query.query();
        for (Path p : new Path[] {out, mentions}) {
            if (p != null && p.toAbsolutePath().getParent() != null && !Files.isDirectory(p.toAbsolutePath().getParent())) {
                throw new InputException(p + ": directory " + p.toAbsolutePath().getParent() + " does not exist");
            }
        }
        int n;
        int outOfScope = 0;
        try (EventStore es = store.openReadOnly()) {
            if (fmt == ExportFormat.PARQUET) {
                try (ParquetExport px = new ParquetExport(out)) {
                    es.events(q, px::write);
                    n = px.written();
                }
            } else {
                PrintWriter w = out == null ? spec.commandLine().getOut() : writer(out);
                PrintWriter mw = mentions == null ? null : writer(mentions);
                try {
                    java.util.function.Function<String, ArticleFacts> articles =
                            id -> es.article(id).map(a -> ArticleFacts.of(a.text(), a.title())).orElse(null);
                    EventStreamWriter sw = new EventStreamWriter(fmt, w, header, articles);
                    EventStreamWriter mws = mw == null ? null
                            : new EventStreamWriter(ExportFormat.GDELT_MENTIONS, mw, header, articles);
                    es.events(q, e -> {
                        sw.write(e);
                        if (mws != null) {
                            mws.write(e);
                        }
                    });
                    sw.close();
                    if (mws != null) {
                        mws.close();
                    }
                    n = sw.written();
                    outOfScope = sw.skipped();
                } finally {
                    if (out != null) {
                        w.close();
                    }
                    if (mw != null) {
                        mw.close();
                    }
                }
                if (w.checkError()) {
                    throw new InputException((out == null ? "standard output" : out.toString()) + ": write failed");
                }
            }
        }
        if (outOfScope > 0) {
            spec.commandLine().getErr().println("export: " + outOfScope + " event" + (outOfScope == 1 ? "" : "s")
                    + " outside the " + fmt.label() + " format's scope left out (" + scope(fmt) + ")");
        }
        if (out != null) {
            spec.commandLine().getErr().println("export: " + n + " event" + (n == 1 ? "" : "s") + " written to " + out
                    + (mentions == null ? "" : " (mentions in " + mentions + ")"));
        }
        return 0;
    }

    private static String scope(ExportFormat f) {
        return switch (f) {
            case GDELT, GDELT_MENTIONS -> "GDELT rows need a date";
            case ACLED -> "ACLED rows need an ACLED event type, a date and a country";
            case PLOVER -> "PLOVER records need a PLOVER event type and a date";
            default -> "";
        };
    }

    private static PrintWriter writer(Path p) {
        try {
            return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(p + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
