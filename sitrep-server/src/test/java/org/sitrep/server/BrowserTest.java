package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.server.bench.GeneratedEvents;
import org.sitrep.store.EventStore;

/**
 * The page in real headless Chromium. Screenshots are kept in {@code sitrep-server/target/screenshots/}.
 */
class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path tmp;

    static void screenshot(ChromeDriver d, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path png = d.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static WebDriverWait waiting(ChromeDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(60));
    }

    static void awaitReady(ChromeDriver d) {
        waiting(d).until(x -> Boolean.TRUE.equals(d.executeScript("return window.sitrep && window.sitrep.ready")));
        assertThat(d.executeScript("return window.sitrep.error || null")).isNull();
    }

    /** ISO 3166-1 numeric code of Syria: the id of its outline in the base layer. */
    static final String SYRIA = "760";

    /** Waits for the country outlines and returns how many outlines are drawn in the view. */
    static int awaitOutlines(ChromeDriver d) {
        waiting(d).until(x -> d.executeScript("return window.sitrep.outlines") != null);
        assertThat(d.executeScript("return window.sitrep.outlinesError || null")).isNull();
        assertThat(d.executeScript("return window.sitrep.base")).isEqualTo("outlines");
        assertThat(((Number) d.executeScript("return window.sitrep.outlines")).intValue()).isGreaterThan(200);
        // drawn: SVG paths in the base pane, under the markers, with a shape for the countries in view
        return ((Number) d.executeScript("return Array.prototype.filter.call(document.querySelectorAll("
                + "'.leaflet-base-pane path.outline'), function (p) { var a = p.getAttribute('d'); "
                + "return a && a !== 'M0 0'; }).length")).intValue();
    }

    static boolean outlineDrawn(ChromeDriver d, String country) {
        return Boolean.TRUE.equals(d.executeScript("var p = document.querySelector('.leaflet-base-pane path.country-"
                + country + "'); return !!p && !!p.getAttribute('d') && p.getAttribute('d').length > 20;"));
    }

    @Test
    void aCountryLevelMarkerOpensItsPlaceView() throws Exception {
        Chromium.require();
        try (EventStore store = TestData.store(tmp)) {
            org.sitrep.ingest.Article a = TestData.article("Arrests in China\n\nBEIJING, Dec 7 (AFP) - Police "
                    + "arrested protesters in China [SYR_MIL 1711 HTS China 2024-12-07].", "AFP", "2024-12-07T09:00",
                    List.of());
            org.sitrep.events.EventRecord r = TestData.code(a).get(0);
            org.sitrep.events.EventRecord.PlaceRef china = new org.sitrep.events.EventRecord.PlaceRef("China", null,
                    "China", 35.0, 103.0, "CN", null, "country", "CN");
            store.put(a, List.of(new org.sitrep.events.EventRecord(r.id(), r.doc(), r.date(), r.datePrecision(),
                    r.dateBasis(), r.cameo(), r.plover(), r.acled(), r.source(), r.target(), china, r.modality(),
                    r.attribution(), r.evidence(), r.support(), r.trigger(), r.confidence())));
            store.refresh();
            try (SitrepServer server = SitrepServer.start(store, ServerOptions.local(0), () -> x -> List.of())) {
                ChromeDriver d = Chromium.start(tmp.resolve("profile"), 1200, 800);
                try {
                    d.get(server.url());
                    awaitReady(d);
                    WebElement marker = waiting(d).until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector(".leaflet-marker-icon.place-CN")));
                    // one event there: the marker opens the event, whose place opens the place view
                    marker.click();
                    waiting(d).until(ExpectedConditions.attributeToBe(By.id("view"), "data-view", "event"));
                    waiting(d).until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("[data-testid=event-place]"))).click();
                    waiting(d).until(ExpectedConditions.attributeToBe(By.id("view"), "data-view", "place"));
                    assertThat(d.findElement(By.cssSelector("[data-testid=place-title]")).getText()).isEqualTo("China");
                    assertThat(d.findElement(By.id("view")).getText()).doesNotContain("Could not load");
                    assertThat(d.findElements(By.cssSelector("[data-testid=place-event]"))).hasSize(1);
                    screenshot(d, "country-place.png");
                } finally {
                    d.quit();
                }
            }
        }
    }

    @Test
    void theHamaMarkerShowsTheWithdrawalAndTheTakeoverWithTheirEvidence() throws Exception {
        Chromium.require(); // before paying for the pipeline
        try (EventStore store = HamaStore.open(tmp);
             SitrepServer server = SitrepServer.start(store, ServerOptions.local(0), () -> a -> List.of())) {
            ChromeDriver d = Chromium.start(tmp.resolve("profile"), 1400, 900);
            try {
                d.get(server.url());
                awaitReady(d);
                assertThat(((Number) d.executeScript("return window.sitrep.shown")).intValue()).isGreaterThanOrEqualTo(2);
                // no tile server: the country outlines are the base map, Syria's under the Hama marker
                assertThat(awaitOutlines(d)).isGreaterThan(3);
                assertThat(outlineDrawn(d, SYRIA)).isTrue();
                assertThat(d.findElement(By.className("leaflet-control-attribution")).getText()).contains("Natural Earth");

                // the events at Hama are one marker (a cluster: they share the place)
                WebElement hama = waiting(d).until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector(".leaflet-marker-icon.place-" + HamaStore.HAMA)));
                hama.click();
                waiting(d).until(ExpectedConditions.attributeToBe(By.id("view"), "data-view", "place"));
                assertThat(d.findElement(By.cssSelector("[data-testid=place-title]")).getText()).isEqualTo("Hama");

                // who controls it since when: the army until 5 December, HTS since then, with the events behind it
                List<WebElement> periods = d.findElements(By.cssSelector("[data-testid=control-period]"));
                assertThat(periods).hasSize(2);
                assertThat(periods.get(0).getText()).contains("SYR_MIL", "until 2024-12-05");
                assertThat(periods.get(1).getText()).contains("HTS", "since 2024-12-05");
                String withdrawal = periods.get(1).findElement(By.cssSelector("li[data-role=lost] .quote")).getText();
                String takeover = periods.get(1).findElement(By.cssSelector("li[data-role=gained] .quote")).getText();
                assertThat(withdrawal).contains("withdraw");
                assertThat(takeover).contains("Hayat Tahrir al-Sham");

                // the events there, each with its evidence
                WebElement took = d.findElement(By.cssSelector("[data-testid=place-event][data-cameo='192']"));
                WebElement left = d.findElement(By.cssSelector("[data-testid=place-event][data-cameo='0874']"));
                assertThat(took.findElement(By.className("quote")).getText()).contains("Hayat Tahrir al-Sham");
                assertThat(left.findElement(By.className("quote")).getText()).contains("withdraw");
                screenshot(d, "hama.png");

                // the takeover: evidence highlighted, speaker, outlet, agencies cited
                took.findElement(By.tagName("button")).click();
                waiting(d).until(ExpectedConditions.attributeToBe(By.id("view"), "data-view", "event"));
                assertThat(d.findElement(By.cssSelector("[data-testid=event-title]")).getText()).contains("HTS");
                WebElement mark = d.findElement(By.cssSelector("[data-testid=mention] mark.evidence"));
                assertThat(mark.getText()).contains("Hayat Tahrir al-Sham");
                assertThat(d.findElement(By.cssSelector("[data-testid=event-outlets]")).getText()).contains("teleSUR");
                assertThat(d.findElement(By.cssSelector("[data-testid=event-cited]")).getText())
                        .contains("EFE", "Xinhua", "SANA");
                assertThat(d.findElement(By.id("view")).getText()).contains("Said by:");
                d.executeScript("arguments[0].scrollIntoView({block: 'center'})", mark);
                screenshot(d, "hama-takeover.png");

                // the withdrawal, reached from the control timeline
                hama = d.findElement(By.cssSelector(".leaflet-marker-icon.place-" + HamaStore.HAMA));
                hama.click();
                waiting(d).until(ExpectedConditions.attributeToBe(By.id("view"), "data-view", "place"));
                d.findElement(By.cssSelector("[data-testid=control-period] li[data-role=lost] button")).click();
                waiting(d).until(ExpectedConditions.attributeToBe(By.id("view"), "data-view", "event"));
                WebElement withdrawn = d.findElement(By.cssSelector("[data-testid=mention] mark.evidence"));
                assertThat(withdrawn.getText()).contains("withdraw");
                assertThat(d.findElement(By.cssSelector("[data-testid=event-speaker]")).getText())
                        .isEqualTo("Syrian Armed Forces Command");
                d.executeScript("arguments[0].scrollIntoView({block: 'center'})", withdrawn);
                screenshot(d, "hama-withdrawal.png");
            } finally {
                d.quit();
            }
        }
    }

    @Test
    void tenThousandEventsLoadAndTheTimelineFiltersTheMap() throws Exception {
        Chromium.require();
        try (EventStore store = EventStore.open(tmp.resolve("gen.duckdb").toString())) {
            GeneratedEvents.Summary g = GeneratedEvents.fill(store, 10_000, 7);
            try (SitrepServer server = SitrepServer.start(store, ServerOptions.local(0), () -> a -> List.of())) {
                ChromeDriver d = Chromium.start(tmp.resolve("profile"), 1400, 900);
                try {
                    d.get(server.url());
                    awaitReady(d);
                    int shown = ((Number) d.executeScript("return window.sitrep.shown")).intValue();
                    assertThat(shown).isEqualTo(g.events());
                    assertThat(d.findElements(By.cssSelector(".leaflet-marker-icon")).size()).isLessThan(2000);
                    assertThat(awaitOutlines(d)).isGreaterThan(3);
                    assertThat(outlineDrawn(d, SYRIA)).isTrue();
                    // what the page's query costs when no answer is kept (another limit: another key), fetched and parsed
                    Object uncached = d.executeAsyncScript("var done = arguments[arguments.length - 1]; var t0 = "
                            + "performance.now(); fetch('/api/events?view=map&limit=9999').then(function (r) { return "
                            + "r.json(); }).then(function (b) { done(b.rows.length > 0 ? performance.now() - t0 : -1); });");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> t = (Map<String, Object>) d.executeScript("return window.sitrep.timings");
                    System.out.printf("page with %d events: fetch %.0f ms, markers %.0f ms, ready %.0f ms after the "
                            + "script started, outlines drawn at %.0f ms; the same query uncached: %.0f ms%n", shown,
                            num(t.get("fetch")), num(t.get("render")), num(t.get("ready")), num(t.get("outlines")),
                            num(uncached));
                    screenshot(d, "map-10000.png");

                    // drag across part of the timeline: only those days stay on the map
                    WebElement svg = d.findElement(By.id("timeline-svg"));
                    int w = svg.getSize().getWidth();
                    new Actions(d).moveToElement(svg, -w / 2 + 40 + w / 5, 0).clickAndHold()
                            .moveByOffset(w / 8, 0).release().perform();
                    waiting(d).until(x -> !d.findElement(By.id("f-from")).getAttribute("value").isEmpty());
                    int brushed = ((Number) d.executeScript("return window.sitrep.shown")).intValue();
                    assertThat(brushed).isGreaterThan(0).isLessThan(shown);
                    String from = d.findElement(By.id("f-from")).getAttribute("value");
                    String to = d.findElement(By.id("f-to")).getAttribute("value");
                    assertThat(from).matches("\\d{4}-\\d{2}-\\d{2}");
                    assertThat(to).isGreaterThanOrEqualTo(from);
                    assertThat(d.findElement(By.id("timeline-range")).getText()).contains(from);
                    screenshot(d, "map-brushed.png");

                    d.findElement(By.id("timeline-clear")).click();
                    waiting(d).until(x -> ((Number) d.executeScript("return window.sitrep.shown")).intValue() == shown);

                    // a filter the server applies: one type only
                    new org.openqa.selenium.support.ui.Select(d.findElement(By.id("f-type"))).selectByValue("RETREAT");
                    d.findElement(By.cssSelector("#filters button[type=submit]")).click();
                    waiting(d).until(x -> {
                        Number n = (Number) d.executeScript("return window.sitrep.loaded");
                        return n.intValue() < shown;
                    });
                    assertThat((String) d.executeScript("return document.getElementById('status').textContent"))
                            .contains("on the map");
                } finally {
                    d.quit();
                }
            }
        }
    }

    @Test
    void withATileServerTheOutlinesAreNotFetched() throws Exception {
        Chromium.require();
        try (EventStore store = TestData.store(tmp);
             SitrepServer server = SitrepServer.start(store,
                     ServerOptions.local(0).withTiles("http://127.0.0.1:9/tiles/{z}/{x}/{y}.png"), () -> a -> List.of())) {
            ChromeDriver d = Chromium.start(tmp.resolve("profile"), 1000, 700);
            try {
                d.get(server.url());
                awaitReady(d);
                assertThat(d.executeScript("return window.sitrep.base")).isEqualTo("tiles");
                assertThat(d.executeScript("return window.sitrep.outlines")).isNull();
                assertThat(d.findElements(By.cssSelector("path.outline"))).isEmpty();
                assertThat(d.findElements(By.cssSelector("img.leaflet-tile"))).isNotEmpty();
                assertThat(((Number) d.executeScript("return performance.getEntriesByType('resource').filter("
                        + "function (r) { return r.name.indexOf('/base/countries.json') >= 0; }).length")).intValue()).isZero();
            } finally {
                d.quit();
            }
        }
    }

    @Test
    void linksOpenAPlaceOrAnEventAndTheMapIsLabelledWithoutBandsAcrossTheWorld() throws Exception {
        Chromium.require();
        try (EventStore store = TestData.store(tmp);
             SitrepServer server = SitrepServer.start(store, ServerOptions.local(0), () -> a -> List.of())) {
            List<String> atHama = new java.util.ArrayList<>();
            store.events(new org.sitrep.store.EventQuery(null, "170017", null, null, null, null, null, null, null, null,
                    null), e -> atHama.add(e.id()));
            assertThat(atHama).isNotEmpty();
            ChromeDriver d = Chromium.start(tmp.resolve("profile"), 1200, 800);
            try {
                // a link to a place opens its view
                d.get(server.url() + "#place=170017");
                awaitReady(d);
                waiting(d).until(ExpectedConditions.attributeToBe(By.id("view"), "data-view", "place"));
                assertThat(d.findElement(By.id("view")).getAttribute("data-id")).isEqualTo("170017");
                assertThat(d.findElement(By.cssSelector("[data-testid=place-title]")).getText()).isEqualTo("Hama");

                // a link to an event opens it; its place's view puts the place's link in the address bar
                d.get(server.url() + "#event=" + atHama.get(0));
                waiting(d).until(ExpectedConditions.attributeToBe(By.id("view"), "data-view", "event"));
                d.findElement(By.cssSelector("[data-testid=event-place]")).click();
                waiting(d).until(ExpectedConditions.attributeToBe(By.id("view"), "data-view", "place"));
                assertThat(d.getCurrentUrl()).endsWith("#place=170017");
                d.navigate().back();
                waiting(d).until(ExpectedConditions.attributeToBe(By.id("view"), "data-view", "event"));
                assertThat(d.getCurrentUrl()).endsWith("#event=" + atHama.get(0));
                d.findElement(By.cssSelector("#view .back")).click();
                waiting(d).until(x -> !d.getCurrentUrl().contains("#"));
                assertThat(d.findElement(By.id("view")).isDisplayed()).isFalse();

                // labels: the places of the events once zoomed in, the countries' names on the outlines
                assertThat(awaitOutlines(d)).isGreaterThan(3);
                d.executeScript("window.sitrep.map.setView([35.0, 36.7], 7, { animate: false })");
                waiting(d).until(x -> ((Number) d.executeScript("return window.sitrep.placeLabels || 0")).intValue() > 0);
                assertThat(d.findElements(By.cssSelector(".place-label")).stream().map(WebElement::getText))
                        .contains("Hama", "Homs");
                assertThat(d.findElements(By.cssSelector(".country-label")).stream().map(WebElement::getText))
                        .contains("Syria", "Lebanon");
                screenshot(d, "labels.png");
                d.executeScript("window.sitrep.map.setView([45, 20], 3, { animate: false })");
                waiting(d).until(x -> ((Number) d.executeScript("return window.sitrep.placeLabels")).intValue() == 0);
                assertThat(d.findElements(By.cssSelector(".country-label")).stream().map(e -> e.getAttribute("textContent")))
                        .as("zoomed out: the large countries only").contains("Russia", "Syria").doesNotContain("Lebanon");

                // Russia and Fiji cross the 180th meridian: drawn as themselves, not as bands around the world
                d.executeScript("window.sitrep.map.setView([60, 150], 2, { animate: false })");
                double world = 256 * 4; // the world's width in pixels at zoom 2
                for (String country : List.of("643", "242")) {
                    double width = ((Number) d.executeScript("var p = document.querySelector("
                            + "'.leaflet-base-pane path.country-" + country + "'); return p ? p.getBBox().width : -1;"))
                            .doubleValue();
                    assertThat(width).as("outline " + country).isPositive().isLessThan(world * 0.6);
                }
                screenshot(d, "antimeridian.png");
                @SuppressWarnings("unchecked")
                List<List<Number>> ring = (List<List<Number>>) d.executeScript("return window.sitrep.unwrapAntimeridian("
                        + "{features: [{geometry: {type: 'Polygon', coordinates: [[[179, -16], [-179.5, -16], [-179.5, -17], "
                        + "[179, -17], [179, -16]]]}}]}).features[0].geometry.coordinates[0]");
                assertThat(ring).extracting(pt -> pt.get(0).doubleValue()).containsExactly(179.0, 180.5, 180.5, 179.0, 179.0);
            } finally {
                d.quit();
            }
        }
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : -1;
    }
}
