package org.sitrep.store;

import java.util.List;
import org.sitrep.ingest.Published;

/** An article as stored: its metadata, text and the number of events coded from it. */
public record StoredArticle(String id, String url, String outlet, String title, Published published, String language,
                            List<String> cited, String datelinePlace, String origin, int chars, int mentions,
                            String text) {
}
