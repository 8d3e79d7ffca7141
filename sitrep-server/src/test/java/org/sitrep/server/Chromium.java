package org.sitrep.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium through the system's chromedriver (Debian's chromium and chromium-driver).
 * Without them the browser tests are skipped, unless {@code SITREP_REQUIRE_CHROMIUM=1} (CI), where
 * they fail. Selenium Manager is never asked to download anything: both paths are given.
 */
final class Chromium {

    private Chromium() {
    }

    /** $SITREP_CHROMIUM when set, else Debian's path. */
    static Path browser() {
        return first(System.getenv("SITREP_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
    }

    /** $SITREP_CHROMEDRIVER when set, else Debian's path. */
    static Path driver() {
        return first(System.getenv("SITREP_CHROMEDRIVER"), "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    }

    private static Path first(String env, String... candidates) {
        if (env != null && !env.isBlank()) {
            return Files.isExecutable(Path.of(env)) ? Path.of(env) : null;
        }
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    /** Skips the test (or fails it on CI) when Chromium or chromedriver is missing. */
    static void require() {
        boolean present = browser() != null && driver() != null;
        if (!present && "1".equals(System.getenv("SITREP_REQUIRE_CHROMIUM"))) {
            throw new AssertionError("SITREP_REQUIRE_CHROMIUM=1 but Chromium or chromedriver is missing (browser: "
                    + browser() + ", driver: " + driver() + "); install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)");
    }

    /** A headless Chromium with a fresh profile in {@code profile}. */
    static ChromeDriver start(Path profile, int width, int height) {
        require();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(browser().toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver().toString())).usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60)).build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return d;
    }
}
