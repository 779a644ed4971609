package community.porter.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Selenium, as a person's browser: a fresh profile per
 * instance, waits with a deadline on a condition (never a sleep), screenshots under
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    /** Where {@link #screenshot(String)} saves its PNGs (relative to the module, as surefire runs). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    private static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
    private static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1280,900");

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts Chromium with a fresh, temporary profile. */
    public static Browser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("porter-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The driver and the browser are given by path, so Selenium Manager never looks for (or downloads) others.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("porter.chromium", "/usr/bin/chromium"))
                .addArguments(ARGUMENTS)
                .addArguments("--user-data-dir=" + profile);
        try {
            return new Browser(profile, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    /** The underlying driver, for what this class does not wrap. */
    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** The element {@code locator} finds, once there is one. */
    public WebElement find(By locator) {
        return until("element " + locator, d -> d.findElements(locator).stream().findFirst().orElse(null));
    }

    /**
     * Waits until {@code condition} gives a value (not null, not false) within the default deadline.
     * Elements re-rendered by htmx while the condition looks at them make it try again.
     */
    public <T> T until(String what, ExpectedCondition<T> condition) {
        return until(what, DEFAULT_DEADLINE, condition);
    }

    public <T> T until(String what, Duration deadline, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, deadline, Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> what + " (page " + driver.getCurrentUrl() + ")")
                .until(condition);
    }

    /** Saves what the window shows as {@code target/screenshots/<name>} and returns the file. */
    public Path screenshot(String name) {
        Path target = SCREENSHOTS.resolve(name);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Saves the window as {@code <name>.png} and the page's HTML as {@code <name>.html}, to see why a test failed. */
    public void saveEvidence(String name) {
        screenshot(name + ".png");
        try {
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
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

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temporary profile is harmless; the test result is what matters.
        }
    }
}
