package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {

    /** Writes a tiny set of source files in the packages' formats and builds a gazetteer from them. */
    static Path buildFixture(Path dir) throws IOException {
        String cities = String.join("\n",
                row("170017", "Ḩamāh", "Hamah", "Epiphania,Hama,Hamah,HMA,hmah,حماة", "35.13179", "36.75783", "PPLA",
                        "SY", "10", "", "460602"),
                row("163345", "Salamiyah", "Salamiyah", "Salamiyeh,Salamieh", "35.01127", "37.05324", "PPL", "SY", "10",
                        "", "66724"),
                row("170654", "Damascus", "Damascus", "Dimashq,Damas,دمشق", "33.5102", "36.29128", "PPLC", "SY", "13",
                        "", "2584771"),
                row("4717560", "Paris", "Paris", "Paris", "33.66094", "-95.55551", "PPLA2", "US", "TX", "277", "24782"),
                row("4705349", "Houston", "Houston", "", "29.76328", "-95.36327", "PPLA2", "US", "TX", "201", "2296224"),
                row("2988507", "Paris", "Paris", "Lutetia,Paname", "48.85341", "2.3488", "PPLC", "FR", "11", "75",
                        "2138551")) + "\n";
        Files.writeString(dir.resolve("cities500.txt"), cities, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("admin1.json"), "[{\"code\":\"SY.10\",\"name\":\"Hama\"},"
                + "{\"code\":\"SY.13\",\"name\":\"Damascus Governorate\"},{\"code\":\"US.TX\",\"name\":\"Texas\"},"
                + "{\"code\":\"FR.11\",\"name\":\"Île-de-France\"}]");
        Files.writeString(dir.resolve("admin2.json"), "[{\"code\":\"US.TX.277\",\"name\":\"Lamar County\"},"
                + "{\"code\":\"US.TX.999\",\"name\":\"Empty County\"}]");
        Files.writeString(dir.resolve("countries.json"), "["
                + country("SY", "Syria", "Syrian Arab Republic", "Syrian", 35, 38, true) + ","
                + country("US", "United States", "United States of America", "American", 38, -97, true) + ","
                + country("FR", "France", "French Republic", "French", 46, 2, true) + "]");
        // an outline for the United States only: a main landmass centred on (39, -99) and a small island
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data").resolve("usa.geo.json"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":["
                + "[[[-160,20],[-159,20],[-159,21],[-160,21],[-160,20]]],"
                + "[[[-104,36],[-94,36],[-94,42],[-104,42],[-104,36]]]]}}]}");
        Files.writeString(dir.resolve("state.json"), "[{\"name\":\"Hama Governorate\",\"isoCode\":\"HM\","
                + "\"countryCode\":\"SY\",\"latitude\":\"35.18879\",\"longitude\":\"37.21158\"},"
                + "{\"name\":\"Texas\",\"isoCode\":\"TX\",\"countryCode\":\"US\",\"latitude\":\"31.9686\","
                + "\"longitude\":\"-99.9018\"}]");
        Files.writeString(dir.resolve("regions.tsv"), "# test\n6255148\tEurope\t48.69096\t9.14062\tCONT\t\tEuropean|Europeans\n"
                + "\tMiddle East\t\t\tRGN\tMideast\tMiddle Eastern\n");
        Files.writeString(dir.resolve("abbreviations.tsv"), "U.S.\tC:US\nTex.\tA:US:Texas\nD.C.\tP:170654\n");
        GazetteerBuilder b = new GazetteerBuilder();
        b.build(dir.resolve("cities500.txt"), dir.resolve("admin1.json"), dir.resolve("admin2.json"),
                dir.resolve("countries.json"), dir.resolve("state.json"), dir.resolve("regions.tsv"),
                dir.resolve("abbreviations.tsv"));
        Path out = dir.resolve("gazetteer.tsv.gz");
        b.write(out);
        return out;
    }

    private static String row(String id, String name, String ascii, String alt, String lat, String lon, String fcode,
                              String cc, String a1, String a2, String pop) {
        return String.join("\t", id, name, ascii, alt, lat, lon, "P", fcode, cc, "", a1, a2, "", "", pop, "", "100",
                "Zone/X", "2020-01-01");
    }

    private static String country(String cca2, String common, String official, String demonym, double lat, double lon,
                                  boolean independent) {
        return "{\"name\":{\"common\":\"" + common + "\",\"official\":\"" + official + "\",\"native\":{}},"
                + "\"cca2\":\"" + cca2 + "\",\"cca3\":\"" + cca2 + "A\",\"independent\":" + independent + ",\"altSpellings\":[\"" + cca2 + "\"],"
                + "\"demonyms\":{\"eng\":{\"f\":\"" + demonym + "\",\"m\":\"" + demonym + "\"}},"
                + "\"translations\":{},\"latlng\":[" + lat + "," + lon + "]}";
    }

    static List<GazetteerEntry> read(Path file) throws IOException {
        List<GazetteerEntry> all = new ArrayList<>();
        try (var in = Files.newInputStream(file)) {
            GazetteerFile.read(in, all::add);
        }
        return all;
    }

    @Test
    void buildsCountriesWithDemonymsAndNoInventedIds(@TempDir Path dir) throws IOException {
        List<GazetteerEntry> all = read(buildFixture(dir));
        GazetteerEntry syria = all.stream().filter(e -> e.isCountry() && e.country().equals("SY")).findFirst().orElseThrow();
        assertThat(syria.name()).isEqualTo("Syria");
        assertThat(syria.geonameId()).isNull();
        assertThat(syria.demonyms()).containsExactly("Syrian", "Syrians");
        assertThat(syria.names()).contains("Syrian Arab Republic").doesNotContain("SY");
        assertThat(syria.featureCode()).isEqualTo("PCLI");
        GazetteerEntry france = all.stream().filter(e -> e.isCountry() && e.country().equals("FR")).findFirst().orElseThrow();
        assertThat(france.demonyms()).containsExactly("French");
        GazetteerEntry us = all.stream().filter(e -> e.isCountry() && e.country().equals("US")).findFirst().orElseThrow();
        assertThat(us.abbreviations()).containsExactly("U.S.");
    }

    @Test
    void placesACountryBetweenItsGivenPointAndItsMainLandmassCentroid(@TempDir Path dir) throws IOException {
        List<GazetteerEntry> all = read(buildFixture(dir));
        GazetteerEntry us = all.stream().filter(e -> e.isCountry() && e.country().equals("US")).findFirst().orElseThrow();
        // given (38, -97), main landmass centred on (39, -99): half way between
        assertThat(us.lat()).isCloseTo(38.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(us.lon()).isCloseTo(-98.0, org.assertj.core.data.Offset.offset(0.05));
        // no outline: the given point
        GazetteerEntry syria = all.stream().filter(e -> e.isCountry() && e.country().equals("SY")).findFirst().orElseThrow();
        assertThat(syria.lat()).isEqualTo(35.0);
        assertThat(syria.lon()).isEqualTo(38.0);
    }

    @Test
    void placesDivisionsAtTheStateCentroidElseTheirSeat(@TempDir Path dir) throws IOException {
        List<GazetteerEntry> all = read(buildFixture(dir));
        GazetteerEntry hama = all.stream().filter(e -> e.kind() == GazetteerEntry.Kind.ADMIN1 && "10".equals(e.admin1Code()))
                .findFirst().orElseThrow();
        // name and point from country-state-city, the GeoNames name kept as an alternate
        assertThat(hama.name()).isEqualTo("Hama Governorate");
        assertThat(hama.names()).contains("Hama");
        assertThat(hama.lat()).isEqualTo(35.18879);
        assertThat(hama.geonameId()).isNull();
        assertThat(hama.weight()).isEqualTo(460602 + 66724);
        // no centroid for Damascus Governorate in the fixture: its seat's point is used (the PPLC is no PPLA,
        // so the population-weighted centre of its one place)
        GazetteerEntry dam = all.stream().filter(e -> e.kind() == GazetteerEntry.Kind.ADMIN1 && "13".equals(e.admin1Code()))
                .findFirst().orElseThrow();
        assertThat(dam.lat()).isCloseTo(33.5102, org.assertj.core.data.Offset.offset(1e-4));
        GazetteerEntry texas = all.stream().filter(e -> e.kind() == GazetteerEntry.Kind.ADMIN1 && "TX".equals(e.admin1Code()))
                .findFirst().orElseThrow();
        assertThat(texas.abbreviations()).containsExactly("Tex.");
    }

    @Test
    void placesSecondLevelDivisionsAtTheirPlacesAndDropsEmptyOnes(@TempDir Path dir) throws IOException {
        List<GazetteerEntry> all = read(buildFixture(dir));
        List<GazetteerEntry> admin2 = all.stream().filter(e -> e.kind() == GazetteerEntry.Kind.ADMIN2).toList();
        assertThat(admin2).extracting(GazetteerEntry::name).containsExactly("Lamar County");
        assertThat(admin2.get(0).lat()).isCloseTo(33.66094, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void keepsPlacesWithAlternatesDedupedAndWithoutAirportCodes(@TempDir Path dir) throws IOException {
        List<GazetteerEntry> all = read(buildFixture(dir));
        GazetteerEntry hama = all.stream().filter(e -> Long.valueOf(170017).equals(e.geonameId())).findFirst().orElseThrow();
        assertThat(hama.names()).contains("Hama", "حماة", "Epiphania").doesNotContain("HMA");
        // "Hamah" folds to the key of the preferred name "Ḩamāh" and is not kept again; "hmah" has a key of its own
        assertThat(hama.names()).noneMatch(n -> NameFolder.fold(n).equals("hamah")).contains("hmah");
        assertThat(all.stream().filter(e -> e.kind() == GazetteerEntry.Kind.PLACE).count()).isEqualTo(6);
        GazetteerEntry europe = all.stream().filter(e -> e.name().equals("Europe")).findFirst().orElseThrow();
        assertThat(europe.geonameId()).isEqualTo(6255148L);
        GazetteerEntry me = all.stream().filter(e -> e.name().equals("Middle East")).findFirst().orElseThrow();
        assertThat(me.hasCoordinates()).isFalse();
        assertThat(all.stream().map(GazetteerEntry::kind).map(Enum::name).collect(Collectors.toList()))
                .startsWith("REGION", "REGION", "COUNTRY");
    }

    @Test
    void takesNoStateCentroidOutsideTheCountryOrAwayFromTheDivisionsPlaces(@TempDir Path dir) throws IOException {
        buildFixture(dir);
        // country-state-city puts Hama Governorate at a namesake in the United States (as it puts Unity, South
        // Sudan, in San Francisco), and Texas at the right place
        Files.writeString(dir.resolve("state.json"), "[{\"name\":\"Hama Governorate\",\"isoCode\":\"HM\","
                + "\"countryCode\":\"SY\",\"latitude\":\"37.78713\",\"longitude\":\"-122.40341\"},"
                + "{\"name\":\"Texas\",\"isoCode\":\"TX\",\"countryCode\":\"US\",\"latitude\":\"31.9686\","
                + "\"longitude\":\"-99.9018\"}]");
        // outlines: Syria and the United States as boxes
        Files.writeString(dir.resolve("outlines.json"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"id\":\"760\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[35.7,32.3],[42.4,32.3],[42.4,37.3],[35.7,37.3],[35.7,32.3]]]}},"
                + "{\"type\":\"Feature\",\"id\":\"840\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[-125,25],[-67,25],[-67,49],[-125,49],[-125,25]]]}}]}");
        GazetteerBuilder b = new GazetteerBuilder();
        b.build(dir.resolve("cities500.txt"), dir.resolve("admin1.json"), dir.resolve("admin2.json"),
                dir.resolve("countries.json"), dir.resolve("state.json"), dir.resolve("outlines.json"),
                dir.resolve("regions.tsv"), dir.resolve("abbreviations.tsv"));
        GazetteerEntry hama = b.entries().stream()
                .filter(e -> e.kind() == GazetteerEntry.Kind.ADMIN1 && "10".equals(e.admin1Code())).findFirst().orElseThrow();
        // the seat instead, Hama city; the name from country-state-city stays
        assertThat(hama.name()).isEqualTo("Hama Governorate");
        assertThat(hama.lat()).isEqualTo(35.13179);
        assertThat(hama.lon()).isEqualTo(36.75783);
        GazetteerEntry texas = b.entries().stream()
                .filter(e -> e.kind() == GazetteerEntry.Kind.ADMIN1 && "TX".equals(e.admin1Code())).findFirst().orElseThrow();
        // its centroid lies more than 300 km from the fixture's two Texan places: the weighted centre of them
        assertThat(texas.lat()).isBetween(29.7, 33.7);
        assertThat(texas.lon()).isBetween(-95.6, -95.3);
        assertThat(b.check().violations(b.entries())).isEmpty();
        // the check itself: the namesake point is a violation, Hama city is none
        assertThat(b.check().violation("SY", "10", "Hama Governorate", 37.78713, -122.40341)).contains("outside SY");
        assertThat(b.check().violation("SY", "10", "Hama Governorate", 35.13179, 36.75783)).isNull();
        // inside Syria but 300+ km from every place of the division
        assertThat(b.check().violation("SY", "10", "Hama Governorate", 32.5, 42.0)).contains("from the nearest of its places");
    }

    @Test
    void pluralsOfDemonyms() {
        assertThat(GazetteerBuilder.plural("Syrian")).isEqualTo("Syrians");
        assertThat(GazetteerBuilder.plural("Iraqi")).isEqualTo("Iraqis");
        assertThat(GazetteerBuilder.plural("Chinese")).isEqualTo("Chinese");
        assertThat(GazetteerBuilder.plural("British")).isEqualTo("British");
        assertThat(GazetteerBuilder.plural("Swiss")).isEqualTo("Swiss");
    }
}
