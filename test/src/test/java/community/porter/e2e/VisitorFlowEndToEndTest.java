package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The visitor flow through the packaged Porter in demo mode and an independent SMSC (jSMPP):
 * an unknown phone asks to visit 1-1-101, both residents get the approval SMS, the owner
 * approves with the code from it, the visitor gets a pass code, staff blacklist the visitor and
 * the REST API no longer lists a live pass.
 */
class VisitorFlowEndToEndTest {

    private static final String SERVICE = "10690000";
    private static final String OWNER = "+8613800000001";
    private static final String FAMILY = "+8613800000002";
    private static final String STAFF = "+8613900000001";
    private static final String VISITOR = "+8613712340001";
    private static final Pattern APPROVAL_CODE = Pattern.compile("TY ([0-9]{4})");
    private static final Pattern PASS_CODE = Pattern.compile("通行码：([0-9]{6})");
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;

    private static SmppPorter fixture;
    private static JsmppSmsc smsc;
    private static PorterProcess porter;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startSmscAndPorter() throws Exception {
        fixture = SmppPorter.start(workDir);
        smsc = fixture.smsc();
        porter = fixture.porter();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aVisitorApprovedByTheOwnerGetsAPassThatBlacklistingRevokes() throws Exception {
        assertThat(smsc.deliverUcs2(VISITOR, SERVICE, "SQ 1-1-101 王五 KD").get(10, TimeUnit.SECONDS)).isZero();

        String code = awaitMatch(OWNER, APPROVAL_CODE);
        assertThat(awaitMatch(FAMILY, APPROVAL_CODE)).as("the family member's approval code").isEqualTo(code);
        assertThat(fixture.textsTo(OWNER)).anySatisfy(t -> assertThat(t).contains("王五").contains("尾号0001"));

        assertThat(smsc.deliverGsm(OWNER, SERVICE, "TY " + code).get(10, TimeUnit.SECONDS)).isZero();
        String passCode = awaitMatch(VISITOR, PASS_CODE);
        assertThat(fixture.textsTo(VISITOR)).allSatisfy(t -> assertThat(t)
                .doesNotContain("13800000001").doesNotContain("13800000002").doesNotContain("张三").doesNotContain("李四"));
        assertThat(livePasses()).extracting(p -> p.get("code").asText()).containsExactly(passCode);
        assertThat(livePasses().get(0).get("room").asText()).isEqualTo("1-1-101");

        assertThat(smsc.deliverGsm(STAFF, SERVICE, "LH 13712340001").get(10, TimeUnit.SECONDS)).isZero();
        await("staff is told the pass was revoked").atMost(DEADLINE)
                .until(() -> fixture.textsTo(STAFF).stream().anyMatch(t -> t.contains("1 passes revoked")));
        assertThat(livePasses()).as("live passes after LH").isEmpty();
    }

    /** Waits for a message to {@code phone} matching {@code pattern}; returns its first group. */
    private static String awaitMatch(String phone, Pattern pattern) {
        try {
            return awaitFirst(phone, pattern);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("No message to " + phone + " matching " + pattern + "; accepted: "
                    + fixture.accepted().stream().map(s -> Submitted.destination(s) + " " + Submitted.text(s)).toList()
                    + "\n" + porter.output(), e);
        }
    }

    private static String awaitFirst(String phone, Pattern pattern) {
        return await("a message to " + phone + " matching " + pattern).atMost(DEADLINE)
                .until(() -> fixture.textsTo(phone).stream().map(pattern::matcher).filter(Matcher::find)
                        .map(m -> m.group(1)).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private List<JsonNode> livePasses() throws Exception {
        var response = porter.get("/api/v1/passes?phone=" + VISITOR.replace("+", "%2B"));
        assertThat(response.statusCode()).as("GET /api/v1/passes: " + response.body()).isEqualTo(200);
        List<JsonNode> rows = new java.util.ArrayList<>();
        json.readTree(response.body()).forEach(rows::add);
        return rows;
    }
}
