package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.smpp.JsmppSmsc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console as administrators use it, in Debian's Chromium against the packaged Porter bound to
 * jSMPP's SMSC over TCP: a phone added in the console becomes active when it texts its binding
 * code; a broadcast to a building shows its progress reach 100 % as the SMSC accepts and
 * delivers; a committee's administrator sees and changes nothing of another committee's, by page
 * or by crafted request; a CSV import keeps the good rows and explains the bad; what people typed
 * is shown as inert text; a form post without its CSRF token is refused. Screenshots in Chinese
 * go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleEndToEndTest {

    private static final String ADMIN_PASSWORD = "e2e console password";
    private static final String OWNER = "+8613800000001";
    private static final int EXTRA_RESIDENTS = 40;
    private static final Duration DELIVERY_DELAY = Duration.ofMillis(300);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failed run keeps porter.log
    static Path workDir;

    private static SmppPorter fixture;
    private static JsmppSmsc smsc;
    private Browser browser;

    @BeforeAll
    static void startSmscAndPorter() throws Exception {
        fixture = SmppPorter.start(workDir, "--porter.admin.password=" + ADMIN_PASSWORD,
                "--porter.demo.residents=" + EXTRA_RESIDENTS, "--porter.broadcasts.quiet-hours=");
        smsc = fixture.smsc();
        // The handset gets each message a little after the SMSC accepted it, and says so.
        smsc.beforeSubmitResponse((submit, id) -> CompletableFuture.runAsync(
                () -> smsc.deliverReceipt(submit, JsmppSmsc.receiptText(id, "DELIVRD", "000")),
                CompletableFuture.delayedExecutor(DELIVERY_DELAY.toMillis(), TimeUnit.MILLISECONDS)));
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    /** A failed test leaves the page it failed on, as a screenshot and as HTML, to see why. */
    @RegisterExtension
    final AfterTestExecutionCallback evidenceOfFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.saveEvidence("console-failed-" + context.getRequiredTestMethod().getName());
        }
    };

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void aPhoneAddedInTheConsoleBecomesActiveWhenItTextsItsBindingCode() {
        logIn("admin", ADMIN_PASSWORD);
        browser.open(url("/phones/new"));
        browser.find(By.id("name")).sendKeys("王小明");
        browser.find(By.id("phone")).sendKeys("13812345678");
        browser.find(By.id("room")).sendKeys("3-2-204");
        new Select(browser.find(By.id("role"))).selectByValue("TENANT");
        browser.find(By.id("add-phone")).click();

        String code = browser.find(By.id("binding-code")).getText().strip();
        assertThat(code).matches("\\d{6}");
        assertThat(status()).isEqualTo("PENDING");

        smsc.deliverGsm("+8613812345678", "10690000", "BD " + code).join();

        // The detail page refreshes its status by itself: no reload.
        browser.until("the phone shows ACTIVE",
                ExpectedConditions.attributeToBe(By.id("phone-status"), "data-status", "ACTIVE"));
        fixture.awaitReplies("+8613812345678", 1);
        browser.open(url("/phones?q=13812345678"));
        assertThat(browser.find(By.cssSelector("tr[data-phone='+8613812345678']")).getAttribute("data-status"))
                .isEqualTo("ACTIVE");
    }

    @Test
    @Order(2)
    void aBroadcastToABuildingShowsItsProgressReachOneHundredPercentAsTheSmscAcceptsAndDelivers() {
        logIn("admin", ADMIN_PASSWORD);
        browser.open(url("/broadcasts/new?lang=zh"));
        String text = "4号楼明天9点至12点停水，请提前储水。";
        browser.find(By.id("text")).sendKeys(text);
        browser.until("the counter counts the text as one UCS-2 part",
                d -> "UCS2".equals(d.findElement(By.id("counter")).getAttribute("data-encoding"))
                        && "1".equals(d.findElement(By.id("counter")).getAttribute("data-parts")));
        browser.find(By.cssSelector("input[name='targetKind'][value='SCOPE']")).click();
        new Select(browser.find(By.id("scope"))).selectByValue("BUILDING:4");
        browser.find(By.id("send-broadcast")).click();

        browser.until("the broadcast reaches 100 %", Duration.ofSeconds(60),
                d -> Double.parseDouble(d.findElement(By.id("progress-percent")).getAttribute("data-percent")) >= 100);
        int recipients = browser.until("every recipient delivered", Duration.ofSeconds(60), d -> {
            int total = 0;
            for (WebElement count : d.findElements(By.cssSelector("#progress-block [data-count]"))) {
                total += Integer.parseInt(count.getAttribute("data-count"));
            }
            String delivered = d.findElement(By.id("count-delivered")).getAttribute("data-count");
            return total > 0 && Integer.parseInt(delivered) == total ? total : null;
        });
        browser.screenshot("broadcast-progress-zh.png");

        List<String> destinations = smsc.acceptedSubmits().stream()
                .filter(submit -> Submitted.text(submit).equals(text))
                .map(Submitted::destination).toList();
        // The demo's extra residents live in building 4 and up, 100 to a building: all 40 here.
        List<String> building4 = new ArrayList<>();
        for (int i = 0; i < EXTRA_RESIDENTS; i++) {
            building4.add(String.valueOf(8613810000000L + i));
        }
        assertThat(recipients).isEqualTo(EXTRA_RESIDENTS);
        assertThat(destinations).as("one message to each resident of building 4, nobody twice, nobody else")
                .containsExactlyInAnyOrderElementsOf(building4);
    }

    @Test
    @Order(3)
    void theDashboardShowsTheSmscConnectionInChinese() {
        logIn("admin", ADMIN_PASSWORD);
        browser.open(url("/?lang=zh"));
        browser.until("the SMSC connection bound",
                ExpectedConditions.attributeToBe(By.cssSelector("#connectors [data-connector='operator']"),
                        "data-state", "BOUND"));
        browser.find(By.cssSelector("html[lang='zh'] #throughput"));
        browser.screenshot("dashboard-zh.png");
    }

    @Test
    @Order(4)
    void aCommitteeAdministratorSeesAndChangesNothingOfAnotherCommitteeByPageOrByCraftedRequest() {
        logIn("admin", ADMIN_PASSWORD);
        String ownerPage = hrefOf(url("/phones?q=" + OWNER.substring(1)), "tr[data-phone='" + OWNER + "'] a");
        createUser("dongyuan", "COMMITTEE_ADMIN", "东苑社区居委会");
        logOut();

        logIn("dongyuan", passwordOf("dongyuan"));
        browser.open(url("/phones"));
        browser.find(By.id("phones"));
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-phone]")))
                .as("the demo community's phones, seen from the other committee").isEmpty();
        browser.open(ownerPage);
        browser.find(By.id("error-page"));

        // From a page of the console, with its valid CSRF token: only the service's rules stand in the way.
        browser.open(url("/phones"));
        assertThat(post(ownerPage + "/suspend", Map.of(), true)).as("a crafted suspend with a valid token")
                .isEqualTo(404);
        logOut();

        logIn("admin", ADMIN_PASSWORD);
        browser.open(ownerPage);
        assertThat(status()).as("the owner's phone after the crafted request").isEqualTo("ACTIVE");
    }

    @Test
    @Order(5)
    void aCommunityAdministratorCannotReachTheUsersOfHigherLevels() {
        logIn("admin", ADMIN_PASSWORD);
        String adminPage = hrefOf(url("/users"), "tr[data-username='admin'] a");
        String district = nodeIdOf("演示区");
        createUser("wuye", "COMMUNITY_ADMIN", "演示小区");
        logOut();

        logIn("wuye", passwordOf("wuye"));
        browser.open(url("/users"));
        browser.find(By.id("users"));
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-username='admin']"))).isEmpty();
        browser.open(adminPage);
        browser.find(By.id("error-page"));
        // With the token of a real page: only the service's rules stand in the way.
        browser.open(url("/users"));
        for (String role : List.of("DISTRICT_ADMIN", "COMMUNITY_ADMIN")) {
            int answer = post(url("/users"), Map.of("username", "sneaky", "displayName", "Sneaky",
                    "password", "sneaky password 1", "role", role, "node", district), true);
            assertThat(answer).as("a crafted request for a " + role + " at the district").isNotIn(0, 302, 303);
        }
        logOut();

        logIn("admin", ADMIN_PASSWORD);
        browser.open(url("/users"));
        browser.find(By.id("users"));
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-username='sneaky']"))).isEmpty();
    }

    @Test
    @Order(6)
    void aCsvImportKeepsTheGoodRowsAndReportsEachBadOneWithItsReason() throws Exception {
        Path csv = workDir.resolve("residents.csv");
        Files.writeString(csv, String.join("\n",
                "name,phone,room,role",
                "赵一,13811110001,1-2-101,OWNER",
                "\"钱二, 小钱\",13811110002,1-2-102,FAMILY",
                "孙三,12345,1-2-103,OWNER",
                "李四,13811110004,9-9-999,OWNER",
                "<script>alert(2)</script>,13811110005,1-2-104,TENANT",
                "周五,13811110006,1-2-104,LANDLORD",
                "吴六,13811110001,1-2-101,FAMILY"), StandardCharsets.UTF_8);
        logIn("admin", ADMIN_PASSWORD);
        browser.open(url("/phones/import"));
        browser.find(By.id("csv-file")).sendKeys(csv.toString());
        browser.find(By.id("import-phones")).click();

        WebElement summary = browser.find(By.id("import-summary"));
        assertThat(summary.getAttribute("data-imported")).isEqualTo("3");
        assertThat(summary.getAttribute("data-rejected")).isEqualTo("4");
        List<String> lines = new ArrayList<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#import-errors tr[data-line]"))) {
            lines.add(row.getAttribute("data-line"));
            assertThat(row.getText()).as("the reason of line " + row.getAttribute("data-line")).isNotBlank();
        }
        assertThat(lines).as("bad phone, unknown room, bad role, a phone twice").containsExactly("4", "5", "7", "8");
        assertThat(browser.find(By.id("import-imported")).getText()).contains("<script>alert(2)</script>");
        assertNoAlert();
    }

    @Test
    @Order(7)
    void scriptsTypedIntoAnSmsANameOrACsvFieldAreShownAsInertTextAndAFormWithoutItsTokenIsRefused() {
        String smsScript = "<script>alert(1)</script>";
        smsc.deliverUcs2(OWNER, "10690000", smsScript).join();
        logIn("admin", ADMIN_PASSWORD);
        browser.open(url("/logs?phone=" + OWNER.substring(1)));
        browser.until("the SMS in the log", d -> d.findElement(By.id("messages")).getText().contains(smsScript));
        browser.open(url("/phones?q=13811110005"));
        browser.find(By.id("phones"));
        assertThat(browser.find(By.cssSelector("tr[data-phone='+8613811110005']")).getText())
                .contains("<script>alert(2)</script>");
        assertThat(browser.driver().getPageSource()).doesNotContain("<script>alert(");
        assertNoAlert();

        assertThat(post(url("/phones"), Map.of("name", "无令牌", "phone", "13822220000", "room", "1-1-102",
                "role", "OWNER"), false)).as("a form post without the CSRF token").isEqualTo(403);
    }

    @Test
    @Order(8)
    void everyPageFitsAPhoneSizedScreenWithoutScrollingSideways() {
        logIn("admin", ADMIN_PASSWORD);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (String page : List.of("/", "/phones", "/phones/new", "/people", "/cards", "/visitors", "/broadcasts",
                "/broadcasts/new", "/logs", "/users", "/system/audit")) {
            browser.open(url(page + "?lang=zh"));
            browser.find(By.cssSelector("main"));
            Object overflow = browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue()).as("sideways overflow of " + page + " in px").isLessThanOrEqualTo(0);
        }
        browser.open(url("/phones?lang=zh"));
        browser.find(By.id("phones"));
        browser.screenshot("phones-phone-screen-zh.png");
    }

    private void logIn(String username, String password) {
        browser.open(url("/login?lang=zh"));
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.id("login")).click();
        browser.until("signed in as " + username, ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void logOut() {
        browser.find(By.id("logout")).click();
        browser.find(By.id("login-form"));
    }

    private void createUser(String username, String role, String nodeName) {
        browser.open(url("/users/new"));
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("displayName")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(passwordOf(username));
        new Select(browser.find(By.id("role"))).selectByValue(role);
        Select nodes = new Select(browser.find(By.id("node")));
        nodes.getOptions().stream().filter(o -> o.getText().contains(nodeName)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + nodeName)).click();
        browser.find(By.id("create-user")).click();
        browser.until("user " + username + " listed", d -> {
            d.get(url("/users"));
            return !d.findElements(By.cssSelector("tr[data-username='" + username + "']")).isEmpty();
        });
    }

    private String status() {
        return browser.find(By.id("phone-status")).getAttribute("data-status");
    }

    private String hrefOf(String page, String linkSelector) {
        browser.open(page);
        return browser.find(By.cssSelector(linkSelector)).getAttribute("href");
    }

    /** The id of the organisation node named {@code name}, as the new-user form offers it. */
    private String nodeIdOf(String name) {
        browser.open(url("/users/new"));
        return new Select(browser.find(By.id("node"))).getOptions().stream()
                .filter(o -> o.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name)).getAttribute("value");
    }

    private static String passwordOf(String username) {
        return username + " password 123";
    }

    /**
     * POSTs a form from the signed-in page with the browser's own session, the way a crafted request
     * would; with or without the CSRF token the page carries. Returns the status (0 for a redirect).
     */
    private int post(String target, Map<String, String> form, boolean withToken) {
        Object status = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const headers = arguments[2] ? JSON.parse(document.body.getAttribute('hx-headers') || '{}') : {};
                fetch(arguments[0], {method: 'POST', headers: headers, body: new URLSearchParams(arguments[1]),
                        redirect: 'manual', credentials: 'same-origin'})
                    .then(r => done(r.status)).catch(e => done(-1));
                """, target, form, withToken);
        return ((Number) status).intValue();
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private static String url(String path) {
        return fixture.porter().baseUrl() + path;
    }
}
