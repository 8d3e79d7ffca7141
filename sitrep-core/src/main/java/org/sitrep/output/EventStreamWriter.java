package org.sitrep.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.sitrep.dedup.Event;
import org.sitrep.dedup.Report;
import org.sitrep.events.EventRecord;

/**
 * Writes events (deduplicated, with their reports) one at a time in a text {@link ExportFormat},
 * so that a whole store can be exported without holding it in memory. Parquet is binary and is
 * written by the store module.
 */
public final class EventStreamWriter implements AutoCloseable {

    private final ExportFormat format;
    private final PrintWriter out;
    private final boolean header;
    private int written;
    private int skipped;
    private final java.util.Map<String, ArticleFacts> facts = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, ArticleFacts> eldest) {
            return size() > 1024;
        }
    };
    private final Function<String, ArticleFacts> articles;

    /**
     * @param header   write a header line (CSV and ACLED always have one; GDELT files have none
     *                 unless asked)
     * @param articles the length and lead paragraph of an article by id, {@code null} when unknown
     *                 (GDELT's IsRootEvent and MentionDocLen); asked once per article
     */
    public EventStreamWriter(ExportFormat format, PrintWriter out, boolean header, Function<String, ArticleFacts> articles) {
        if (format == ExportFormat.PARQUET) {
            throw new IllegalArgumentException("parquet is binary: write it to a file with 'sitrep export --out FILE'");
        }
        this.format = format;
        this.out = out;
        this.header = header;
        this.articles = id -> facts.computeIfAbsent(id, k -> articles == null ? null : articles.apply(k));
        start();
    }

    public EventStreamWriter(ExportFormat format, PrintWriter out) {
        this(format, out, false, (Function<String, ArticleFacts>) id -> null);
    }

    private void start() {
        switch (format) {
            case GDELT -> {
                if (header) {
                    out.println(String.join("\t", EventTables.GDELT_COLUMNS));
                }
            }
            case GDELT_MENTIONS -> {
                if (header) {
                    out.println(String.join("\t", EventTables.GDELT_MENTION_COLUMNS));
                }
            }
            case ACLED -> out.println(String.join(",", EventTables.ACLED_COLUMNS));
            case CSV -> out.println(String.join(",", EventTables.CSV_COLUMNS));
            case GEOJSON -> out.print("{\"type\":\"FeatureCollection\",\"features\":[");
            default -> {
            }
        }
    }

    /** Writes an event, or leaves it out when it is not in the format's scope ({@link ExportFormat#covers}). */
    public void write(Event ev) {
        if (!format.covers(ev)) {
            skipped++;
            return;
        }
        try {
            switch (format) {
                case JSONL -> out.println(EventJson.mapper().writeValueAsString(json(ev)));
                case PLOVER -> out.println(EventJson.mapper().writeValueAsString(plover(ev)));
                case GEOJSON -> {
                    if (written > 0) {
                        out.print(',');
                    }
                    out.print(EventJson.mapper().writeValueAsString(feature(ev)));
                }
                case GDELT -> tsvRow(EventTables.gdelt(ev, articles));
                case GDELT_MENTIONS -> EventTables.gdeltMentions(ev, articles).forEach(this::tsvRow);
                case ACLED -> csvRow(EventTables.acled(ev));
                case CSV -> csvRow(EventTables.csv(ev));
                default -> throw new IllegalStateException(format.name());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        written++;
    }

    public int written() {
        return written;
    }

    /** The events left out because they are not in the format's scope. */
    public int skipped() {
        return skipped;
    }

    @Override
    public void close() {
        if (format == ExportFormat.GEOJSON) {
            out.println("]}");
        }
        out.flush();
    }

    private void tsvRow(List<String> row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(EventTables.tsv(row.get(i)));
        }
        out.println(sb);
    }

    private void csvRow(List<String> row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(EventTables.csvField(row.get(i)));
        }
        out.print(sb);
        out.print("\r\n");
    }

    /** The event in the {@code sitrep code} contract, plus its counts and every report. */
    public static ObjectNode json(Event ev) {
        ObjectNode o = EventJson.toJson(ev.head());
        if (o.get("place") instanceof ObjectNode place) {
            place.put("basis", ev.placeBasis()); // "text", or "article" when no telling names a place
        }
        o.put("num_mentions", ev.numMentions());
        o.put("num_sources", ev.numSources());
        o.put("num_articles", ev.numArticles());
        o.put("first_report", ev.firstReport() == null ? null : ev.firstReport().toString());
        o.put("last_report", ev.lastReport() == null ? null : ev.lastReport().toString());
        ArrayNode sources = o.putArray("sources");
        ev.sources().forEach(sources::add);
        ArrayNode reports = o.putArray("reports");
        for (Report r : ev.reports()) {
            EventRecord rec = r.record();
            ObjectNode n = reports.addObject();
            n.put("record", rec.id());
            n.put("article", r.articleId());
            n.put("url", r.url());
            n.put("outlet", r.outlet());
            n.put("published", r.published() == null ? null : r.published().toString());
            n.put("cameo", rec.cameo());
            n.put("modality", rec.modality() == null ? null : rec.modality().label());
            n.put("speaker", rec.attribution() == null ? null : rec.attribution().speaker());
            if (rec.evidence() == null) {
                n.putNull("sentence");
                n.putNull("text");
            } else {
                n.put("sentence", rec.evidence().sentence());
                n.put("start", rec.evidence().start());
                n.put("end", rec.evidence().end());
                n.put("text", rec.evidence().text());
            }
            n.put("mentions", r.mentions());
            n.put("confidence", rec.confidence());
        }
        return o;
    }

    /** The event as a PLOVER record ({@link EventWriter#plover}), with its counts and where it was read. */
    public static ObjectNode plover(Event ev) {
        ObjectNode o = EventWriter.plover(ev.head());
        o.put("id", ev.id());
        Report first = null;
        for (Report r : ev.reports()) {
            if (r.url() != null || r.outlet() != null) {
                first = r;
                break;
            }
        }
        if (first != null) {
            ObjectNode cite = o.putObject("cite_info");
            if (first.url() != null) {
                cite.put("url", first.url());
            }
            if (first.outlet() != null) {
                cite.put("publication", first.outlet());
            }
            cite.put("citation", first.articleId());
        }
        o.put("num_mentions", ev.numMentions());
        o.put("num_sources", ev.numSources());
        o.put("num_articles", ev.numArticles());
        ArrayNode sources = o.putArray("sources");
        ev.sources().forEach(sources::add);
        ArrayNode stories = o.putArray("story_ids");
        ev.reports().stream().map(Report::articleId).distinct().forEach(stories::add);
        return o;
    }

    public static ObjectNode feature(Event ev) {
        ObjectNode f = EventJson.mapper().createObjectNode();
        f.put("type", "Feature");
        f.put("id", ev.id());
        EventRecord.PlaceRef p = ev.head().place();
        if (p == null || p.geonameid() == null && p.lat() == 0.0 && p.lon() == 0.0) {
            f.putNull("geometry");
        } else {
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(p.lon()).add(p.lat());
        }
        ObjectNode props = json(ev);
        props.remove("reports");
        f.set("properties", props);
        return f;
    }
}
