package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.events.EventRecord;
import org.sitrep.geo.Place;
import org.sitrep.geo.Toponym;
import org.sitrep.ingest.Article;
import org.sitrep.mentions.ActorMention;
import org.sitrep.output.EventJson;
import org.sitrep.pipeline.Pipeline;

/**
 * The job's three tables: articles (one row per coded article, with its text: what the store keeps of
 * it), events (one row per coded event) and mentions (actors and places found). {@code sitrep ingest}
 * of the output directory loads articles and events into the store without coding them again.
 */
final class Tables {

    private Tables() {
    }

    static final StructType ARTICLES = new StructType(new StructField[] {
        field("article_id", DataTypes.StringType), field("origin", DataTypes.StringType),
        field("url", DataTypes.StringType), field("title", DataTypes.StringType),
        field("published", DataTypes.StringType), field("outlet", DataTypes.StringType),
        field("language", DataTypes.StringType), field("dateline_place", DataTypes.StringType),
        field("cited", DataTypes.createArrayType(DataTypes.StringType, false)),
        field("text", DataTypes.StringType)});

    static Row article(Article a) {
        return RowFactory.create(a.id(), a.origin(), a.url(), a.title(),
                a.published() == null ? null : a.published().toString(), a.outlet(), a.language(), a.datelinePlace(),
                a.cited().toArray(new String[0]), a.text());
    }

    static final StructType EVENTS = new StructType(new StructField[] {
        field("article_id", DataTypes.StringType), field("origin", DataTypes.StringType),
        field("url", DataTypes.StringType), field("event_id", DataTypes.StringType),
        field("date", DataTypes.DateType), field("date_precision", DataTypes.StringType),
        field("cameo", DataTypes.StringType), field("plover_type", DataTypes.StringType),
        field("acled_event_type", DataTypes.StringType), field("acled_sub_event_type", DataTypes.StringType),
        field("source_id", DataTypes.StringType), field("source_cameo", DataTypes.StringType),
        field("source_text", DataTypes.StringType), field("target_id", DataTypes.StringType),
        field("target_cameo", DataTypes.StringType), field("target_text", DataTypes.StringType),
        field("place_name", DataTypes.StringType), field("geonameid", DataTypes.LongType),
        field("lat", DataTypes.DoubleType), field("lon", DataTypes.DoubleType),
        field("country", DataTypes.StringType), field("modality", DataTypes.StringType),
        field("speaker", DataTypes.StringType), field("outlet", DataTypes.StringType),
        field("sentence", DataTypes.IntegerType), field("evidence_start", DataTypes.IntegerType),
        field("evidence_end", DataTypes.IntegerType), field("evidence_text", DataTypes.StringType),
        field("confidence", DataTypes.DoubleType),
        field("json", DataTypes.StringType)});

    static final StructType MENTIONS = new StructType(new StructField[] {
        field("article_id", DataTypes.StringType), field("origin", DataTypes.StringType),
        field("sentence", DataTypes.IntegerType), field("start", DataTypes.IntegerType),
        field("end", DataTypes.IntegerType), field("text", DataTypes.StringType),
        field("kind", DataTypes.StringType), field("actor_id", DataTypes.StringType),
        field("actor_cameo", DataTypes.StringType), field("actor_kind", DataTypes.StringType),
        field("via", DataTypes.StringType), field("use", DataTypes.StringType),
        field("geonameid", DataTypes.LongType), field("place_name", DataTypes.StringType),
        field("lat", DataTypes.DoubleType), field("lon", DataTypes.DoubleType),
        field("country", DataTypes.StringType)});

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    static Row event(Article a, EventRecord e) {
        var s = e.source();
        var t = e.target();
        var p = e.place();
        return RowFactory.create(a.id(), a.origin(), a.url(), e.id(),
                e.date() == null ? null : java.sql.Date.valueOf(e.date()), e.datePrecision(), e.cameo(),
                e.plover() == null ? null : e.plover().type(),
                e.acled() == null ? null : e.acled().eventType(), e.acled() == null ? null : e.acled().subEventType(),
                s == null ? null : s.id(), s == null ? null : s.cameo(), s == null ? null : s.text(),
                t == null ? null : t.id(), t == null ? null : t.cameo(), t == null ? null : t.text(),
                p == null ? null : p.name(), p == null ? null : p.geonameid(), p == null ? null : p.lat(),
                p == null ? null : p.lon(), p == null ? null : p.country(), e.modality().name().toLowerCase(java.util.Locale.ROOT),
                e.attribution().speaker(), e.attribution().outlet(), e.evidence().sentence(), e.evidence().start(),
                e.evidence().end(), e.evidence().text(), e.confidence(), EventJson.toJson(e).toString());
    }

    static List<Row> mentions(Pipeline.Result r) {
        Article a = r.article();
        List<Row> out = new ArrayList<>();
        for (ActorMention m : r.mentions().actors()) {
            out.add(RowFactory.create(a.id(), a.origin(), m.sentence(), m.start(), m.end(), m.text(), "actor",
                    m.actor().id(), m.actor().cameo(), m.actor().kind(), m.via(), null, null, null, null, null, null));
        }
        for (Toponym t : r.mentions().places()) {
            Place p = t.place();
            out.add(RowFactory.create(a.id(), a.origin(), t.span().sentence(), t.start(), t.end(), t.text(), "place",
                    null, null, null, null, t.use().label(), p == null ? null : p.geonameId(), p == null ? null : p.name(),
                    p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.country()));
        }
        return out;
    }
}
