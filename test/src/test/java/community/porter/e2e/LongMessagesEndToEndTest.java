package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import community.porter.smpp.JsmppSmsc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long messages through the packaged Porter and an independent SMSC (jSMPP's server): a long
 * Chinese broadcast leaves as concatenated UCS-2 parts that the SMSC puts back together, and a
 * long MO in concatenated parts (out of order, with a copy), in SAR parts or in one
 * message_payload is handled once, as one command with its whole text.
 *
 * <p>Replies are cut to 3 parts (SPEC §3.3), so the long outbound text here is a broadcast from
 * a staff phone ({@code GB}), whose text may be 300 characters. Free texts of commands are at
 * most 300 characters too, so the 600-character repair report is refused as {@code BAD_SYNTAX}
 * with its hint: still exactly one command-log row carrying the whole text, and one reply.
 */
class LongMessagesEndToEndTest {

    private static final String SERVICE = "10690000";
    private static final String OWNER = "+8613800000001";
    private static final String FAMILY = "+8613800000002";
    private static final String TENANT = "+8613800000003";
    private static final String STAFF = "+8613900000001";
    /** The one extra demo resident ({@code --porter.demo.residents=1}). */
    private static final String EXTRA_RESIDENT = "+8613810000000";
    private static final String EMOJI = "\uD83D\uDEB0";
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration STILL = Duration.ofSeconds(2);

    @TempDir
    static Path workDir;

    private static SmppPorter fixture;
    private static JsmppSmsc smsc;

    @BeforeAll
    static void startSmscAndPorter() throws Exception {
        // No quiet hours: the broadcast below must go whatever the hour the test runs at.
        fixture = SmppPorter.start(workDir, "--porter.demo.residents=1", "--porter.broadcasts.quiet-hours=");
        smsc = fixture.smsc();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aThreeHundredCharacterChineseBroadcastArrivesAsUcs2PartsThatRejoinToItsText() throws Exception {
        String notice = chineseNotice(300);
        String command = "GB 2-1-201 " + notice;
        List<String> moParts = JsmppSmsc.ucs2Parts(command);
        assertThat(moParts).hasSize(5);

        for (int sequence : new int[] {3, 1, 5, 2, 4}) {
            assertThat(smsc.deliver(STAFF, SERVICE, JsmppSmsc.udhPart(0x21, 5, sequence, moParts.get(sequence - 1)))
                    .get(10, TimeUnit.SECONDS)).as("deliver_sm_resp of part %s", sequence).isZero();
        }

        List<SubmitSm> copy = fixture.awaitReplies(TENANT, 1).get(0);
        assertThat(copy).hasSize(5).allSatisfy(part -> {
            assertThat(Submitted.isUcs2(part)).isTrue();
            assertThat(part.getEsmClass() & 0x40).as("UDHI").isEqualTo(0x40);
            assertThat(part.getShortMessage().length).as("one SMS: 140 octets").isLessThanOrEqualTo(140);
            assertThat(part.getShortMessage()[4]).as("part count in the header").isEqualTo((byte) 5);
        });
        assertThat(copy).extracting(part -> Submitted.part(part)[1]).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(Submitted.joined(copy)).isEqualTo(notice);
        assertThat(fixture.commandsOf(STAFF)).singleElement().satisfies(row -> {
            assertThat(row.get("text").asText()).isEqualTo(command);
            assertThat(row.get("command").asText()).isEqualTo("GB");
            assertThat(row.get("outcome").asText()).isEqualTo("OK");
        });
    }

    @Test
    void aSixHundredCharacterMessageInConcatenatedPartsOutOfOrderAndWithACopyIsHandledOnce() throws Exception {
        String report = mixedScriptReport();
        List<String> parts = JsmppSmsc.ucs2Parts(report);
        List<Integer> order = shuffled(parts.size());
        // The SMSC delivers one part twice, as after a response it took for lost.
        order.add(order.size() / 2, order.get(1));

        for (int sequence : order) {
            assertThat(smsc.deliver(OWNER, SERVICE, JsmppSmsc.udhPart(0x7E, parts.size(), sequence, parts.get(sequence - 1)))
                    .get(10, TimeUnit.SECONDS)).as("deliver_sm_resp of part %s", sequence).isZero();
        }

        assertHandledOnce(OWNER, report);
    }

    @Test
    void theSameMessageInSarPartsIsHandledOnce() throws Exception {
        String report = mixedScriptReport();
        List<String> parts = JsmppSmsc.ucs2Parts(report);

        for (int sequence : shuffled(parts.size())) {
            assertThat(smsc.deliver(FAMILY, SERVICE, JsmppSmsc.sarPart(0xA55A, parts.size(), sequence, parts.get(sequence - 1)))
                    .get(10, TimeUnit.SECONDS)).as("deliver_sm_resp of part %s", sequence).isZero();
        }

        assertHandledOnce(FAMILY, report);
    }

    @Test
    void theSameMessageInOneMessagePayloadIsHandledOnce() throws Exception {
        String report = mixedScriptReport();

        assertThat(smsc.deliver(EXTRA_RESIDENT, SERVICE, JsmppSmsc.payload(report)).get(10, TimeUnit.SECONDS)).isZero();

        assertHandledOnce(EXTRA_RESIDENT, report);
    }

    /** One command-log row with the whole text, one reply, and nothing more coming. */
    private static void assertHandledOnce(String phone, String text) throws Exception {
        await("the command log of " + phone).atMost(DEADLINE).until(() -> fixture.commandsOf(phone).size() >= 1);
        fixture.awaitReplies(phone, 1);
        await("nothing more for " + phone).during(STILL).atMost(STILL.plus(DEADLINE))
                .until(() -> fixture.commandsOf(phone).size() == 1 && fixture.repliesTo(phone).size() == 1);
        JsonNode row = fixture.commandsOf(phone).get(0);
        assertThat(row.get("text").asText()).as("the whole text, in order").isEqualTo(text);
        assertThat(row.get("command").asText()).isEqualTo("BX");
        assertThat(row.get("outcome").asText()).as("a repair text is at most 300 characters").isEqualTo("BAD_SYNTAX");
        assertThat(row.get("replyCount").asInt()).isEqualTo(1);
        assertThat(Submitted.joined(fixture.repliesTo(phone).get(0))).contains("300");
    }

    /** {@code n} distinct Chinese characters of a notice, so a part out of place would show. */
    private static String chineseNotice(int n) {
        String words = "尊敬的业主您好本小区将于明日上午九点至十一点进行二次供水设施清洗消毒届时一号楼至三号楼将暂停供水请提前做好储水准备"
                + "给您带来的不便敬请谅解如有疑问请致电物业服务中心感谢您的理解与支持祝您生活愉快";
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < n; i++) {
            text.append(words.charAt(i % words.length()));
        }
        return text.toString();
    }

    /**
     * {@code BX} and a 600-character repair report in Chinese, Latin letters and digits, with an
     * emoji whose two UTF-16 halves fall on either side of the first part boundary.
     */
    private static String mixedScriptReport() {
        String words = "3号楼1单元101室厨房水管漏水 water leaking since 07:30, floor wet 2cm; 请尽快派人维修 call 13800000001. ";
        StringBuilder text = new StringBuilder("BX ");
        for (int i = 0; text.length() < JsmppSmsc.UCS2_PART_UNITS - 1; i++) {
            text.append(words.charAt(i % words.length()));
        }
        text.append(EMOJI);
        for (int i = 0; text.length() < 600; i++) {
            text.append(words.charAt(i % words.length()));
        }
        assertThat(text).hasSize(600);
        return text.toString();
    }

    /** 1 to {@code n} in an order no SMSC would choose, the same in every run. */
    private static List<Integer> shuffled(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(n));
        if (order.equals(order.stream().sorted().toList())) {
            Collections.reverse(order);
        }
        return order;
    }
}
