package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.events.EventRecord;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.InputException;
import org.sitrep.ingest.Published;
import org.sitrep.ingest.Segment;
import org.sitrep.output.EventJsonReader;

/**
 * Reads what the Spark job ({@code sitrep-spark}) wrote: its {@code articles} and {@code events}
 * Parquet tables, through an in-memory DuckDB. Each article comes with the events coded from it, so
 * that a cluster run is stored as {@code sitrep ingest} stores a local one, without coding again.
 */
public final class SparkOutput {

    /** One article of the job's output with its events. */
    public record Item(String location, Article article, List<EventRecord> events) {
    }

    private SparkOutput() {
    }

    /** Whether a directory is a Spark job's output: {@code articles/} and {@code events/} holding Parquet files. */
    public static boolean is(Path dir) {
        return Files.isDirectory(dir) && hasParquet(dir.resolve("articles")) && hasParquet(dir.resolve("events"));
    }

    private static boolean hasParquet(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads every article of the output, in the order of their ids, each with its events.
     *
     * @throws InputException when the tables cannot be read (not the job's schema, a corrupt file)
     */
    public static void read(Path dir, Consumer<Item> sink) {
        String articles = dir.resolve("articles").toAbsolutePath() + "/*.parquet";
        String events = dir.resolve("events").toAbsolutePath() + "/*.parquet";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement a = c.prepareStatement("SELECT article_id, origin, url, title, published, outlet, language, "
                     + "dateline_place, cited, text FROM read_parquet(?) ORDER BY article_id");
             PreparedStatement e = c.prepareStatement(
                     "SELECT article_id, json FROM read_parquet(?) ORDER BY article_id, event_id")) {
            a.setString(1, articles);
            e.setString(1, events);
            try (ResultSet ar = a.executeQuery(); ResultSet er = e.executeQuery()) {
                boolean more = er.next();
                while (ar.next()) {
                    String id = ar.getString(1);
                    List<EventRecord> coded = new ArrayList<>();
                    while (more && er.getString(1).compareTo(id) < 0) {
                        more = er.next(); // events of an article the table does not hold: left out
                    }
                    while (more && er.getString(1).equals(id)) {
                        coded.add(EventJsonReader.parse(er.getString(2)));
                        more = er.next();
                    }
                    String text = ar.getString(10);
                    Article article = new Article(id, text, List.of(new Segment(Segment.Kind.BODY, 0, text.length())),
                            ar.getString(4), published(ar.getString(5)), ar.getString(6), ar.getString(3),
                            cited(ar.getArray(9)), ar.getString(8), ar.getString(7), ar.getString(2));
                    sink.accept(new Item(dir + "#" + (ar.getString(2) != null ? ar.getString(2) : id), article, coded));
                }
            }
        } catch (SQLException ex) {
            throw new InputException(dir + ": not a readable sitrep Spark output (" + ex.getMessage().lines().findFirst()
                    .orElse("") + ")");
        }
    }

    private static List<String> cited(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            if (o != null) {
                out.add(o.toString());
            }
        }
        return out;
    }

    static Published published(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            int t = s.indexOf('T');
            return t < 0 ? new Published(LocalDate.parse(s), null)
                    : new Published(LocalDate.parse(s.substring(0, t)), LocalTime.parse(s.substring(t + 1)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
