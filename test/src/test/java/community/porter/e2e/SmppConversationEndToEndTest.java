package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import community.porter.smpp.JsmppSmsc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged Porter in demo mode, bound to an independent SMSC (jSMPP's server) over TCP
 * instead of its own simulator: SMS commands travel the real path — deliver_sm → stored →
 * command → reply stored → submit_sm.
 */
class SmppConversationEndToEndTest {

    private static final String SERVICE = "10690000";
    private static final String OWNER = "+8613800000001";
    private static final String FAMILY = "+8613800000002";
    private static final String TENANT = "+8613800000003";
    private static final String STAFF = "+8613900000001";
    private static final int MO_ID_TLV = 0x1401;
    private static final int ESME_RTHROTTLED = 0x58;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;

    private static SmppPorter fixture;
    private static JsmppSmsc smsc;
    private static volatile boolean throttle;

    @BeforeAll
    static void startSmscAndPorter() throws Exception {
        fixture = SmppPorter.start(workDir, submit -> throttle ? ESME_RTHROTTLED : 0,
                "--porter.smpp.connections[0].mo-id-tlv=0x1401",
                "--porter.routes.retry-delay=200ms");
        smsc = fixture.smsc();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void acceptSubmits() {
        throttle = false;
    }

    @Test
    void helpInEnglishArrivesAsGsmText() throws Exception {
        assertThat(smsc.deliverGsm(OWNER, SERVICE, "H").get(10, TimeUnit.SECONDS)).as("deliver_sm_resp status").isZero();

        List<SubmitSm> reply = fixture.awaitReplies(OWNER, 1).get(0);
        assertThat(reply).allSatisfy(part -> assertThat(Submitted.isUcs2(part)).isFalse());
        assertThat(Submitted.joined(reply)).startsWith("Commands:").contains("KM").contains("GS");
        assertThat(fixture.commandsOf(OWNER).get(0).get("outcome").asText()).isEqualTo("OK");
    }

    @Test
    void helpInChineseArrivesAsUcs2Text() throws Exception {
        assertThat(smsc.deliverUcs2(FAMILY, SERVICE, "帮助").get(10, TimeUnit.SECONDS)).isZero();

        List<SubmitSm> reply = fixture.awaitReplies(FAMILY, 1).get(0);
        assertThat(reply).allSatisfy(part -> assertThat(Submitted.isUcs2(part)).isTrue());
        assertThat(Submitted.joined(reply)).startsWith("指令：").contains("KM 开门");
    }

    @Test
    void anUnknownPhoneGetsTheVisitorHelpOnceThenSilence() throws Exception {
        String stranger = "+8613712345678";
        smsc.deliverGsm(stranger, SERVICE, "hello").get(10, TimeUnit.SECONDS);
        assertThat(Submitted.joined(fixture.awaitReplies(stranger, 1).get(0))).contains("SQ");

        smsc.deliverGsm(stranger, SERVICE, "hello again").get(10, TimeUnit.SECONDS);
        await().atMost(DEADLINE).until(() -> fixture.commandsOf(stranger).size() == 2);

        JsonNode second = fixture.commandsOf(stranger).get(0);
        assertThat(second.get("replyCount").asInt()).isZero();
        assertThat(second.get("outcome").asText()).isEqualTo("NOT_REGISTERED");
        assertThat(fixture.repliesTo(stranger)).as("messages sent to the stranger").hasSize(1);
    }

    @Test
    void aMessageDeliveredTwiceIsAnsweredOnceAndLoggedAsDuplicate() throws Exception {
        OptionalParameter smscId = new OptionalParameter.OctetString((short) MO_ID_TLV, "mo-4711");
        for (int copy = 0; copy < 2; copy++) {
            assertThat(smsc.deliver(STAFF, SERVICE, DataCodings.ZERO, new ESMClass(),
                    "H".getBytes(StandardCharsets.US_ASCII), smscId).get(10, TimeUnit.SECONDS)).isZero();
        }

        await().atMost(DEADLINE).until(() -> fixture.commandsOf(STAFF).size() == 2);
        assertThat(fixture.commandsOf(STAFF)).extracting(c -> c.get("outcome").asText())
                .containsExactlyInAnyOrder("OK", "DUPLICATE");
        fixture.awaitReplies(STAFF, 1);
        assertThat(fixture.repliesTo(STAFF)).as("replies to the staff phone").hasSize(1);
    }

    @Test
    void aDroppedConnectionComesBackAndTheAcknowledgedMessageIsStillAnswered() throws Exception {
        throttle = true;
        int bindsBefore = smsc.binds();
        assertThat(smsc.deliverGsm(TENANT, SERVICE, "H").get(10, TimeUnit.SECONDS)).isZero();
        await("a reply is attempted while the SMSC throttles").atMost(DEADLINE)
                .until(() -> smsc.submits().stream()
                        .anyMatch(s -> Submitted.destination(s).equals(SmppPorter.digits(TENANT))));

        smsc.dropConnections();
        throttle = false;

        await("Porter binds again").atMost(DEADLINE).until(() -> smsc.binds() > bindsBefore && smsc.isBound());
        assertThat(Submitted.joined(fixture.awaitReplies(TENANT, 1).get(0))).startsWith("Commands:");
        assertThat(fixture.repliesTo(TENANT)).as("accepted replies to the tenant").hasSize(1);
    }
}
