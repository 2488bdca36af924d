package com.kneerehab.records.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * One headless Chromium with its own fresh profile, pointed at the test application. The browser and its
 * driver are the system's (Debian's chromium and chromium-driver); nothing is ever downloaded. When either
 * is missing the test fails with the command that installs it: the browser suite never skips.
 */
final class Browser implements AutoCloseable {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    private static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));

    private final String base;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(URL base, Path profile, ChromeDriver driver) {
        String url = base.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Starts a phone-sized browser with an empty profile (no cookies, so nobody is signed in). */
    static Browser open(URL base) {
        return open(base, "en-GB");
    }

    /** The same, set up for a person who reads the given language (its Accept-Language and interface). */
    static Browser open(URL base, String language) {
        requireExecutable(CHROMIUM, "apt-get install -y chromium");
        requireExecutable(CHROMEDRIVER, "apt-get install -y chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("krr-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=" + language, "--user-data-dir=" + profile,
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        Browser browser = new Browser(base, profile, new ChromeDriver(service, options));
        // Chromium keeps a window at least 500 px wide, so the phone's viewport is set by emulation
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
        return browser;
    }

    private static void requireExecutable(Path path, String install) {
        if (!Files.isExecutable(path)) {
            fail("The browser suite needs " + path + " (" + install + "); it is not there.");
        }
    }

    /**
     * Signs in through the application's real OIDC flow: /login sends the browser to the sign-in page of
     * the development OIDC server, which has one button per user; afterwards the application's home page
     * greets the user.
     */
    void signIn(String user) {
        signIn(user, "Welcome");
    }

    /**
     * Signs in and waits for the page a person lands on: a clinician's worklist, or else the home page's
     * greeting in the words of the page's language.
     */
    void signIn(String user, String greeting) {
        driver.get(base + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.name("predefined-" + user))).click();
        wait.until(ExpectedConditions.or(ExpectedConditions.urlToBe(base + "/"),
                ExpectedConditions.urlToBe(base + "/clinic/worklist")));
        if (driver.getCurrentUrl().equals(base + "/clinic/worklist")) {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Worklist"));
        } else {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), greeting));
        }
    }

    void go(String path) {
        driver.get(base + path);
        waitForPage();
    }

    /** Waits until the page at the given path (without its query) has loaded. */
    void waitForPath(String path) {
        wait.until(d -> {
            String current = d.getCurrentUrl();
            int query = current.indexOf('?');
            return (query < 0 ? current : current.substring(0, query)).equals(base + path);
        });
        waitForPage();
    }

    private void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String base() {
        return base;
    }

    /** Opens an absolute address, such as another replica of the application. */
    void visit(String url) {
        driver.get(url);
        waitForPage();
    }

    /** Whether the page shows such an element now, without waiting for it. */
    boolean shows(By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Waits until the condition holds, for pages reached through redirects the test cannot name in advance. */
    void await(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        try {
            wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            String body = driver.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
            throw new AssertionError("Waited in vain at " + driver.getCurrentUrl() + ", which shows:\n"
                    + body.substring(0, Math.min(body.length(), 1500)), e);
        }
        waitForPage();
    }

    /** The cookies the browser holds for the site it shows now (HTTP-only ones too). */
    java.util.Set<org.openqa.selenium.Cookie> cookies() {
        return driver.manage().getCookies();
    }

    /**
     * The HTTP status the page's own site answers for a path, asked with the browser's cookies (a
     * navigation does not expose the status).
     */
    int status(String path) {
        Object status = driver.executeScript(
                "return fetch(arguments[0], {redirect: 'manual', credentials: 'same-origin'}).then(r => r.status)", path);
        return ((Number) status).intValue();
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text(By by) {
        return find(by).getText();
    }

    /** Follows a link or presses a button and waits until the browser has arrived at the given path. */
    void click(By by, String arrivesAt) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        waitForPath(arrivesAt);
    }

    /** Presses a submit button and waits until the browser has left the page (for a new page or the same one again). */
    void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        String from = driver.getCurrentUrl();
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        try {
            wait.until(driver -> hasLeft(page));
        } catch (org.openqa.selenium.TimeoutException e) {
            String body = driver.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
            throw new AssertionError("Pressed " + button + " on " + from + " and the page did not leave; now at "
                    + driver.getCurrentUrl() + ", which shows:\n" + body.substring(0, Math.min(body.length(), 1500)), e);
        }
        waitForPage();
    }

    /**
     * True once the old page's root element is gone. Chromium reports a node of a replaced document
     * either as stale or, during the swap, as "not belonging to the document"; both mean the page left.
     */
    private static boolean hasLeft(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /**
     * Sets the size of the page's viewport (not of the window with its frame); it holds for every page
     * this browser opens afterwards. Check {@link #viewportWidth()} on a loaded page: a layout check at a
     * width the browser did not apply would prove nothing.
     */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** How wide the page is laid out, in CSS pixels: more than the viewport means it scrolls sideways. */
    long pageWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    int viewportWidth() {
        return ((Number) driver.executeScript("return window.innerWidth")).intValue();
    }

    /** Saves the whole page, not just the visible part, as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        long width = Math.round(((Number) size.get("width")).doubleValue());
        long height = Math.round(((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary profile does no harm
        }
    }
}
