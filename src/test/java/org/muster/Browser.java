package org.muster;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Headless Chromium with the system's chromedriver (Debian's chromium and chromium-driver, which
 * .ci/run installs). Nothing is downloaded: a missing browser fails the test with what to install.
 */
public final class Browser {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Browser() {
    }

    public static WebDriver start() {
        var browser = find(System.getenv("MUSTER_CHROMIUM"), BROWSERS, "chromium");
        var driver = find(System.getenv("MUSTER_CHROMEDRIVER"), DRIVERS, "chromium-driver");
        var options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=en-US");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("muster-chromium"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        var webDriver = new ChromeDriver(service, options);
        webDriver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        return webDriver;
    }

    private static String find(String configured, List<String> candidates, String debianPackage) {
        if (configured != null && !configured.isBlank()) return configured;
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst()
                .orElseThrow(() -> new IllegalStateException("Browser tests need Chromium: install the Debian package '"
                        + debianPackage + "' (.ci/run does), or set MUSTER_CHROMIUM and MUSTER_CHROMEDRIVER."));
    }
}
