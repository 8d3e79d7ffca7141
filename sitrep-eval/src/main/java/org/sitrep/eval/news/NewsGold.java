package org.sitrep.eval.news;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.InputException;

/**
 * The gold of a set of real news articles coded exhaustively ({@code eval/news/gold.json}): for each
 * article, every event a careful analyst would record, and places where none may be placed.
 */
public final class NewsGold {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)\\D*$");

    /** Which half of the set an article belongs to: odd-numbered texts tune, even-numbered check. */
    public enum Half {
        TUNE, CHECK;

        public static Half of(String file) {
            String name = Path.of(file).getFileName().toString();
            int dot = name.lastIndexOf('.');
            Matcher m = NUMBER.matcher(dot > 0 ? name.substring(0, dot) : name);
            if (!m.find()) {
                throw new InputException(file + ": no number in the file name to tell its half");
            }
            return Integer.parseInt(m.group(1)) % 2 == 1 ? TUNE : CHECK;
        }
    }

    /** One article: its file (relative to the gold file), day of publication, events and forbidden places. */
    public record Article(String file, LocalDate date, String title, List<Event> events, List<Forbidden> forbidden) {
        public Article {
            events = List.copyOf(events);
            forbidden = List.copyOf(forbidden);
        }

        public Half half() {
            return Half.of(file);
        }

        public long required() {
            return events.stream().filter(e -> !e.optional()).count();
        }
    }

    /**
     * One gold event. Lists of accepted CAMEO prefixes and actor alternatives; {@code null} fields are
     * not constrained.
     */
    public record Event(String what, List<String> cameo, List<String> source, List<String> target, LocalDate date,
                        Double lat, Double lon, Double km, String modality, boolean optional) {
        public Event {
            cameo = List.copyOf(cameo);
            source = List.copyOf(source);
            target = List.copyOf(target);
        }

        public boolean hasPlace() {
            return lat != null && lon != null && km != null;
        }
    }

    /** A place within {@code km} of which no event of the article may be placed. */
    public record Forbidden(String why, double lat, double lon, double km) {
    }

    private NewsGold() {
    }

    public static List<Article> read(Path gold) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(gold.toFile());
        } catch (IOException e) {
            throw new InputException(gold + ": not a readable JSON gold file (" + e.getMessage() + ")");
        }
        JsonNode articles = root == null ? null : root.get("articles");
        if (articles == null || !articles.isArray()) {
            throw new InputException(gold + ": no \"articles\" array");
        }
        List<Article> out = new ArrayList<>();
        for (JsonNode a : articles) {
            String file = text(a, "file");
            if (file == null) {
                throw new InputException(gold + ": an article without \"file\"");
            }
            List<Event> events = new ArrayList<>();
            for (JsonNode e : a.path("events")) {
                events.add(new Event(text(e, "what"), strings(e.get("cameo")), strings(e.get("source")),
                        strings(e.get("target")), date(gold, e, "date"), number(e, "lat"), number(e, "lon"),
                        number(e, "km"), text(e, "modality"), e.path("optional").asBoolean(false)));
            }
            List<Forbidden> forbidden = new ArrayList<>();
            for (JsonNode f : a.path("forbidden")) {
                Double lat = number(f, "lat");
                Double lon = number(f, "lon");
                if (lat == null || lon == null) {
                    throw new InputException(gold + ": " + file + ": a forbidden place without lat/lon");
                }
                Double km = number(f, "km");
                forbidden.add(new Forbidden(text(f, "why"), lat, lon, km == null ? 25 : km));
            }
            out.add(new Article(file, date(gold, a, "date"), text(a, "title"), events, forbidden));
        }
        return out;
    }

    /** The text file of an article, resolved against the gold file's directory. */
    public static Path textOf(Path gold, Article article) {
        Path dir = gold.toAbsolutePath().getParent();
        return dir.resolve(article.file());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? null : v.asDouble();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    private static LocalDate date(Path gold, JsonNode n, String field) {
        String s = text(n, field);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InputException(gold + ": \"" + s + "\" is no day (YYYY-MM-DD)");
        }
    }
}
