package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.CorpusItem;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.JsonlArticleReader;
import org.sitrep.ingest.WarcArticleReader;
import org.sitrep.pipeline.FastPipeline;
import org.sitrep.pipeline.Pipeline;

/**
 * The sitrep pipeline as a Spark job: every JSON Lines ({@code .jsonl}, {@code .ndjson}, optionally
 * {@code .gz}) and WARC ({@code .warc}, {@code .warc.gz}) file under the inputs is read and coded
 * by the same {@link FastPipeline} as {@code sitrep ingest} uses, one task per file; the events
 * (one row per coded event, the {@code sitrep code} JSON in column {@code json}) and the mentions
 * (actors and places found) are written as Parquet under {@code OUTPUT/events} and
 * {@code OUTPUT/mentions}. A record that cannot be read or coded is counted and named on the
 * driver's output, and the rest goes on.
 *
 * <pre>
 * spark-submit --class org.sitrep.spark.SitrepSparkJob [spark options] sitrep-spark.jar \
 *     [--full] [--dictionaries DIR] [--partitions N] --output OUTPUT INPUT...
 * </pre>
 * Without a master from spark-submit, it runs in {@code local[*]}. The pipeline is loaded once per
 * executor JVM ({@link SparkPipeline}); give executors about 4 GiB of heap per concurrent task slot.
 */
public final class SitrepSparkJob {

    /** What the job is asked to do. */
    public record Options(List<String> inputs, String output, boolean full, String dictionaries, int partitions) {
        public Options {
            inputs = List.copyOf(inputs);
            dictionaries = dictionaries == null ? "" : dictionaries;
        }
    }

    /** What the job did. */
    public record Summary(int files, long articles, long events, long mentions, long failed, List<String> failures,
                          List<String> notes) {
    }

    /** What one task made of one file: rows for both tables and the records it could not read. */
    static final class Coded implements Serializable {
        private static final long serialVersionUID = 1L;
        final List<Row> articleRows = new ArrayList<>();
        final List<Row> events = new ArrayList<>();
        final List<Row> mentions = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        /** What the pipeline noted about coded articles (a long sentence cut into pieces). */
        final List<String> notes = new ArrayList<>();
        long articles;
    }

    private SitrepSparkJob() {
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            System.err.println("usage: SitrepSparkJob [--full] [--dictionaries DIR] [--partitions N] --output DIR INPUT...");
            System.exit(2);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("sitrep");
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            b = b.master("local[*]");
        }
        SparkSession spark = b.getOrCreate();
        try {
            Summary s = run(spark, o);
            System.out.printf(Locale.ROOT, "sitrep-spark: %d files, %d articles, %d events, %d mentions, %d records failed%n",
                    s.files(), s.articles(), s.events(), s.mentions(), s.failed());
            s.failures().forEach(f -> System.out.println("  skipped " + f));
            s.notes().forEach(n -> System.out.println("  note " + n));
        } finally {
            spark.stop();
        }
    }

    static Options parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        boolean full = false;
        String dictionaries = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--full" -> full = true;
                case "--output" -> output = value(args, ++i, a);
                case "--input" -> inputs.add(value(args, ++i, a));
                case "--dictionaries" -> dictionaries = value(args, ++i, a);
                case "--partitions" -> {
                    try {
                        partitions = Integer.parseInt(value(args, ++i, a));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions takes a number");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--output DIR is required");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        return new Options(inputs, output, full, dictionaries, partitions);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Runs the job on a session; the tables are written under {@code options.output()}. */
    public static Summary run(SparkSession spark, Options options) {
        List<String> files = list(options.inputs(), spark.sparkContext().hadoopConfiguration());
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .jsonl, .ndjson or .warc file under " + options.inputs());
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = options.partitions() > 0 ? options.partitions() : files.size();
        String dictionaries = options.dictionaries();
        boolean full = options.full();
        JavaRDD<Coded> coded = jsc.parallelize(files, Math.max(1, Math.min(slices, files.size())))
                .map(f -> codeFile(f, dictionaries, full))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            JavaRDD<Row> articleRows = coded.flatMap(c -> c.articleRows.iterator());
            spark.createDataFrame(articleRows, Tables.ARTICLES).write().mode(SaveMode.Overwrite)
                    .parquet(options.output() + "/articles");
            JavaRDD<Row> events = coded.flatMap(c -> c.events.iterator());
            JavaRDD<Row> mentions = coded.flatMap(c -> c.mentions.iterator());
            spark.createDataFrame(events, Tables.EVENTS).write().mode(SaveMode.Overwrite)
                    .parquet(options.output() + "/events");
            spark.createDataFrame(mentions, Tables.MENTIONS).write().mode(SaveMode.Overwrite)
                    .parquet(options.output() + "/mentions");
            long articles = coded.map(c -> c.articles).fold(0L, Long::sum);
            long nEvents = coded.map(c -> (long) c.events.size()).fold(0L, Long::sum);
            long nMentions = coded.map(c -> (long) c.mentions.size()).fold(0L, Long::sum);
            List<String> failures = coded.flatMap(c -> c.failures.iterator()).take(100);
            long failed = coded.map(c -> (long) c.failures.size()).fold(0L, Long::sum);
            List<String> notes = coded.flatMap(c -> c.notes.iterator()).take(100);
            return new Summary(files.size(), articles, nEvents, nMentions, failed, failures, notes);
        } finally {
            coded.unpersist(false);
        }
    }

    /** The input files under the given paths, in name order: JSON Lines and WARC files. */
    static List<String> list(List<String> inputs, Configuration conf) {
        List<String> out = new ArrayList<>();
        try {
            for (String in : inputs) {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus st = fs.getFileStatus(p);
                if (st.isFile()) {
                    out.add(st.getPath().toString());
                    continue;
                }
                List<String> here = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    String name = f.getPath().getName();
                    if (f.isFile() && !name.startsWith(".") && !name.startsWith("_") && kind(name) != null) {
                        here.add(f.getPath().toString());
                    }
                }
                here.sort(null);
                out.addAll(here);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
        }
        return out;
    }

    static String kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson.gz")) {
            return "jsonl";
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return "warc";
        }
        return null;
    }

    /** One task: reads a file, codes each article with this JVM's pipeline. */
    static Coded codeFile(String file, String dictionaries, boolean full) throws IOException {
        FastPipeline fast = SparkPipeline.get(dictionaries);
        Pipeline classic = full ? fast.full() : null;
        Coded out = new Coded();
        java.util.function.Consumer<CorpusItem> sink = item -> {
            if (item.failed()) {
                out.failures.add(item.location() + ": " + item.error());
                return;
            }
            out.articles++;
            Pipeline.Result r;
            try {
                r = full ? classic.run(item.article()) : fast.run(item.article());
            } catch (org.sitrep.ingest.InputException e) {
                out.failures.add(item.location() + ": not coded: " + e.getMessage()); // too much work (WorkLimits)
                return;
            } catch (RuntimeException | StackOverflowError e) {
                out.failures.add(item.location() + ": cannot be coded (" + e + ")");
                return;
            }
            for (String note : r.doc().notes()) {
                out.notes.add(item.location() + ": " + note);
            }
            out.articleRows.add(Tables.article(item.article()));
            for (EventRecord e : r.events()) {
                out.events.add(Tables.event(item.article(), e));
            }
            out.mentions.addAll(Tables.mentions(r));
        };
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
        FileSystem fs = p.getFileSystem(new Configuration());
        String name = p.toUri().getScheme() == null || "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : file;
        if ("jsonl".equals(kind(p.getName()))) {
            try (InputStream raw = fs.open(p);
                 InputStream in = p.getName().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                new JsonlArticleReader(Ingest.DEFAULT_MAX_BYTES).read(in, name, sink);
            }
        } else {
            Path local;
            Path temp = null;
            if ("file".equals(fs.getUri().getScheme())) {
                local = Path.of(URI.create(fs.makeQualified(p).toString()));
            } else {
                temp = Files.createTempFile("sitrep-", "-" + p.getName());
                try (InputStream in = fs.open(p)) {
                    Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                local = temp;
            }
            try {
                new WarcArticleReader(Ingest.DEFAULT_MAX_BYTES).read(local, sink);
            } finally {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            }
        }
        return out;
    }
}
