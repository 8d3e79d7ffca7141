package org.sitrep.dedup;
import java.util.*;
import org.junit.jupiter.api.Test;
class TmpDebugTest {
    @Test void show() {
        List<LabelledSet.Item> items = LabelledSet.load();
        Deduplicator d = new Deduplicator(true);
        List<Event> events = d.cluster(items.stream().map(LabelledSet.Item::report).toList());
        Map<String,String> gold = new HashMap<>();
        items.forEach(i -> gold.put(i.report().record().id(), i.gold()));
        for (Event e : events) {
            System.out.println("EVENT " + e.id());
            for (Report r : e.reports()) { var x = r.record(); System.out.println("   " + gold.get(x.id()) + " " + x.cameo() + " " + (x.source()==null?null:x.source().id()) + "->" + (x.target()==null?null:x.target().id()) + " " + (x.place()==null?null:x.place().name()) + " " + x.date() + "/" + x.dateBasis() + " pub " + r.published()); }
        }
        d.decisions().forEach(x -> System.out.println("DEC " + x));
    }
}
