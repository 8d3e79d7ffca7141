package org.sitrep.testing;

import java.time.LocalDate;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Published;
import org.sitrep.ingest.TextArticleParser;

/** Articles for tests: a body text dated 2024-12-05 (a Thursday). */
public final class Texts {

    public static final LocalDate DAY = LocalDate.of(2024, 12, 5);

    private Texts() {
    }

    public static Article article(String body) {
        return TextArticleParser.parse(body, "test").withPublished(new Published(DAY, null));
    }
}
