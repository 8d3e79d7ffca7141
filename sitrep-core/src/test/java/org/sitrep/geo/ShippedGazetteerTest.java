package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gazetteer file the project ships: every first-level division where it is. */
class ShippedGazetteerTest {

    /** The Natural Earth country outlines the page ships (sitrep-server), read from the source tree. */
    static final Path OUTLINES = Path.of("..", "sitrep-server", "src", "main", "resources", "org", "sitrep", "server",
            "web", "base", "countries.json");

    static List<GazetteerEntry> entries;
    static DivisionCheck check;

    @BeforeAll
    static void load() throws IOException {
        entries = new ArrayList<>();
        try (InputStream in = GazetteerFile.class.getResourceAsStream(GazetteerFile.RESOURCE)) {
            GazetteerFile.read(in, entries::add);
        }
        assertThat(OUTLINES).isRegularFile();
        check = DivisionCheck.of(entries, new ObjectMapper().readTree(OUTLINES.toFile()));
    }

    @Test
    void everyDivisionLiesInItsCountryNearItsPlaces() {
        // the ones that were once on the wrong continent
        assertThat(division("SS", "Unity").lon()).isBetween(24.0, 36.0);
        assertThat(division("SD", "Blue Nile").lon()).isBetween(21.0, 39.0);
        assertThat(division("TH", "Yala").lon()).isBetween(97.0, 106.0);
        assertThat(division("NG", "Delta").lon()).isBetween(2.0, 15.0);
        assertThat(division("SO", "Bay").lon()).isBetween(40.0, 52.0);
        List<String> v = check.violations(entries);
        assertThat(v).isEmpty();
        assertThat(entries.stream().filter(e -> e.kind() == GazetteerEntry.Kind.ADMIN1).count()).isGreaterThan(3700);
    }

    @Test
    void everyCountryAndDivisionHasAStableUniqueId() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (GazetteerEntry e : entries) {
            if (e.kind() == GazetteerEntry.Kind.REGION) {
                continue;
            }
            assertThat(e.placeId()).as(e.name()).isNotNull();
            assertThat(seen.add(e.placeId())).as("id %s of %s is unique", e.placeId(), e.name()).isTrue();
        }
        GazetteerEntry china = entries.stream().filter(e -> e.isCountry() && e.country().equals("CN")).findFirst()
                .orElseThrow();
        assertThat(china.placeId()).isEqualTo("CN");
        assertThat(china.toPlace(null).id()).isEqualTo("CN");
        assertThat(division("SS", "Unity").placeId()).isEqualTo("SS.06");
        GazetteerEntry hama = entries.stream().filter(e -> Long.valueOf(170017).equals(e.geonameId())).findFirst()
                .orElseThrow();
        assertThat(hama.toPlace("Hama Governorate").id()).isEqualTo("170017");
    }

    private static GazetteerEntry division(String country, String name) {
        return entries.stream().filter(e -> e.kind() == GazetteerEntry.Kind.ADMIN1 && e.country().equals(country)
                && e.name().equals(name)).findFirst().orElseThrow();
    }
}
