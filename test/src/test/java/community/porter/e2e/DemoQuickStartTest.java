package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The README's quick start, as a newcomer lives it: {@code java -jar porter.jar --demo} with
 * nothing else (but free ports), the printed console login, Chromium on the phone simulator, and
 * a resident's help request answered over the demo's own SMPP path, in English and in Chinese.
 */
class DemoQuickStartTest {

    private static final String OWNER = "+8613800000001";
    private static final Duration REPLY_DEADLINE = Duration.ofSeconds(30);
    private static final Pattern CONSOLE_PASSWORD = Pattern.compile("Console login: admin / (\\S+)");
    private static final Pattern DEMO_API_KEY = Pattern.compile("Demo API key \\(header X-API-Key\\): (\\S+)");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failed run keeps porter.log
    static Path workDir;

    private static PorterProcess porter;
    private static String password;
    private static String apiKey;
    private static double loadAverage;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void runTheDemo() {
        porter = PorterProcess.startAsNewcomer(workDir, "--demo");
        loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        password = printed(CONSOLE_PASSWORD, "the console login");
        apiKey = printed(DEMO_API_KEY, "the demo API key");
    }

    /**
     * What the log prints for {@code pattern}. Awaited: the console login is printed by a start-up
     * runner, which may finish a moment after health already answers UP.
     */
    private static String printed(Pattern pattern, String what) {
        return await(what + " printed in " + porter.log()).atMost(Duration.ofSeconds(10))
                .until(() -> porter.find(pattern), Optional::isPresent).orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (porter != null) {
            porter.close();
        }
    }

    /**
     * The demo comes UP by itself (PorterProcess waits for it with a deadline). How long it takes is
     * a figure, not a verdict: it is printed here with the machine's load, and measured on purpose
     * by {@code bench/startup.sh}; a timed assertion would only say how busy the machine was.
     */
    @Test
    void theDemoComesUpAndReportsHowLongItTook() {
        String measured = String.format("Porter --demo: start to health UP in %d ms (load average %.1f at UP, %d CPUs)",
                porter.startToUp().toMillis(), loadAverage, Runtime.getRuntime().availableProcessors());
        System.out.println(measured);
        assertThat(porter.health()).contains("\"status\":\"UP\"");
    }

    @Test
    void aResidentAsksForHelpFromThePhoneSimulatorInEnglishAndChinese() throws Exception {
        try (Browser browser = Browser.start()) {
            try {
                talkToPorter(browser);
            } catch (RuntimeException | AssertionError e) {
                browser.saveEvidence("simulator-failure");
                throw e;
            }
        }

        List<JsonNode> commands = awaitCommandsOf(OWNER, 2);
        assertThat(commands).as("command log of %s, newest first", OWNER)
                .extracting(c -> c.get("text").asText(), c -> c.get("outcome").asText())
                .startsWith(tuple("帮助", "OK"), tuple("H", "OK"));
        assertThat(commands.subList(0, 2)).allSatisfy(c -> assertThat(c.get("replyCount").asInt()).isPositive());
    }

    /** Logs in, picks the owner's phone, asks for help in English and in Chinese, and screenshots the page. */
    private static void talkToPorter(Browser browser) {
        logIn(browser);
        browser.open(porter.baseUrl() + "/simulator?lang=zh");
        browser.find(By.cssSelector("html[lang='zh'] #handset"));

        WebElement phone = browser.find(By.id("phone"));
        phone.clear();
        phone.sendKeys(OWNER);

        send(browser, "H");
        awaitReplyContaining(browser, "Commands:");
        send(browser, "帮助");
        awaitReplyContaining(browser, "指令");

        assertThat(browser.driver().findElements(By.cssSelector("#conversation .msg.from-phone .text")))
                .extracting(WebElement::getText).containsExactly("H", "帮助");
        System.out.println("Screenshot: " + browser.screenshot("simulator-zh.png"));
    }

    private static void logIn(Browser browser) {
        browser.open(porter.baseUrl() + "/login?lang=zh");
        browser.find(By.id("username")).sendKeys("admin");
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.id("login")).click();
        browser.until("signed in, or told why not", ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("logout")),
                ExpectedConditions.presenceOfElementLocated(By.id("login-error")),
                ExpectedConditions.presenceOfElementLocated(By.id("login-locked"))));
        assertThat(browser.driver().findElements(By.cssSelector(".login .notice.error")))
                .as("login errors with the printed password").isEmpty();
    }

    /** Types {@code text}, presses Send, and waits until htmx has swapped in the handset the POST answered. */
    private static void send(Browser browser, String text) {
        WebElement handset = browser.find(By.id("handset"));
        WebElement box = browser.find(By.id("sms-text"));
        box.sendKeys(text);
        assertThat(box.getAttribute("value")).as("what the SMS box holds before sending").isEqualTo(text);
        browser.find(By.id("send")).click();
        browser.until("the handset answered by sending '" + text + "'", ExpectedConditions.stalenessOf(handset));
        assertThat(browser.driver().findElements(By.cssSelector("#handset .field-error")))
                .as("errors shown after sending '%s'", text).extracting(WebElement::getText).isEmpty();
    }

    private static void awaitReplyContaining(Browser browser, String text) {
        browser.until("a reply from Porter containing '" + text + "'", REPLY_DEADLINE,
                d -> d.findElements(By.cssSelector("#conversation .msg.from-porter .text")).stream()
                        .anyMatch(reply -> reply.getText().contains(text)));
    }

    /** The command log of {@code phone} through the API with the printed demo key, once it holds {@code count} rows. */
    private List<JsonNode> awaitCommandsOf(String phone, int count) {
        List<JsonNode> rows = new ArrayList<>();
        await("command log of " + phone).atMost(REPLY_DEADLINE).until(() -> {
            HttpResponse<String> response = porter.get("/api/v1/commands?phone=" + phone.replace("+", "%2B"), apiKey);
            assertThat(response.statusCode()).as("GET /api/v1/commands with the demo API key").isEqualTo(200);
            rows.clear();
            json.readTree(response.body()).forEach(rows::add);
            return rows.size() >= count;
        });
        return rows;
    }
}
