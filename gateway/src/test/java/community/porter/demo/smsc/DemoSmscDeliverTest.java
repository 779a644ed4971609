package community.porter.demo.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import community.porter.console.simulator.PhoneSimulator.SimulatedMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messages from simulated phones reaching an ESME (jSMPP) as deliver_sm. */
class DemoSmscDeliverTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String RESIDENT = "+8613800000001";

    private final DemoSmsc smsc = new DemoSmsc(DemoSmscSettings.defaults().withPort(0)
            .withDelays(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(5)));
    private TestEsme esme;

    @BeforeEach
    void start() {
        smsc.start();
    }

    @AfterEach
    void stop() {
        if (esme != null) {
            esme.close();
        }
        smsc.stop();
    }

    @Test
    void gsmTextArrivesWithDataCodingZeroAndInternationalSource() throws Exception {
        esme = TestEsme.bind(smsc.port(), "porter", "demo");

        smsc.deliver(RESIDENT, "H");

        DeliverSm deliver = awaitMessages(1).get(0);
        assertThat(deliver.getDataCoding()).as("data_coding").isZero();
        assertThat(deliver.getEsmClass()).as("esm_class").isZero();
        assertThat(HexFormat.of().formatHex(deliver.getShortMessage())).isEqualTo("48");
        assertThat(deliver.getSourceAddr()).isEqualTo("8613800000001");
        assertThat(deliver.getSourceAddrTon()).as("source TON international").isEqualTo((byte) 1);
        assertThat(deliver.getSourceAddrNpi()).as("source NPI ISDN").isEqualTo((byte) 1);
        assertThat(deliver.getDestAddress()).isEqualTo("10690000");
    }

    @Test
    void chineseTextArrivesAsUcs2() throws Exception {
        esme = TestEsme.bind(smsc.port(), "porter", "demo");

        smsc.deliver(RESIDENT, "帮助");

        DeliverSm deliver = awaitMessages(1).get(0);
        assertThat(deliver.getDataCoding()).as("data_coding").isEqualTo((byte) 8);
        assertThat(HexFormat.of().formatHex(deliver.getShortMessage())).isEqualTo("5e2e52a9");
        assertThat(deliver.getSourceAddr()).isEqualTo("8613800000001");
    }

    @Test
    void longChineseTextArrivesAsConcatenatedParts() throws Exception {
        esme = TestEsme.bind(smsc.port(), "porter", "demo");
        String text = "您好，这是一条很长的中文短信，用来检查长短信是否被正确地分成几个部分发送。".repeat(4);
        assertThat(text.length()).isBetween(135, 201);

        smsc.deliver(RESIDENT, text);

        List<DeliverSm> parts = awaitMessages(3).stream()
                .sorted(Comparator.comparingInt(d -> d.getShortMessage()[5]))
                .toList();
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        int reference = parts.get(0).getShortMessage()[3];
        for (int i = 0; i < parts.size(); i++) {
            byte[] sm = parts.get(i).getShortMessage();
            assertThat(parts.get(i).getEsmClass() & 0x40).as("UDHI in esm_class").isEqualTo(0x40);
            assertThat(parts.get(i).getDataCoding()).isEqualTo((byte) 8);
            // UDHL 5, IEI 0 (8-bit reference), length 3, reference, total, sequence
            assertThat(Arrays.copyOfRange(sm, 0, 3)).containsExactly(5, 0, 3);
            assertThat(sm[3]).as("same reference in every part").isEqualTo((byte) reference);
            assertThat(sm[4]).as("total").isEqualTo((byte) 3);
            assertThat(sm[5]).as("sequence").isEqualTo((byte) (i + 1));
            payload.write(sm, 6, sm.length - 6);
        }
        assertThat(new String(payload.toByteArray(), StandardCharsets.UTF_16BE)).isEqualTo(text);
    }

    @Test
    void messagesSentBeforeAnyBindAreDeliveredAfterIt() throws Exception {
        smsc.deliver(RESIDENT, "H");
        smsc.deliver("+8613700000001", "SQ 1-1-101");
        assertThat(smsc.pendingDeliveries()).isEqualTo(2);

        esme = TestEsme.bind(smsc.port(), "porter", "demo");

        assertThat(awaitMessages(2)).extracting(DeliverSm::getSourceAddr)
                .containsExactlyInAnyOrder("8613800000001", "8613700000001");
        await().atMost(WAIT).until(() -> smsc.pendingDeliveries() == 0);
    }

    @Test
    void aTransmitterOnlySessionGetsNothingAndTheMessageWaitsForAReceiver() throws Exception {
        try (TestEsme transmitter = TestEsme.bind(smsc.port(), "porter", "demo", BindType.BIND_TX)) {
            smsc.deliver(RESIDENT, "H");
            assertThat(smsc.pendingDeliveries()).isEqualTo(1);

            esme = TestEsme.bind(smsc.port(), "porter", "demo", BindType.BIND_RX);
            assertThat(awaitMessages(1)).extracting(DeliverSm::getSourceAddr).containsExactly("8613800000001");
            assertThat(transmitter.accepted()).isEmpty();
        }
    }

    @Test
    void aDeliverSmRefusedForNowIsOfferedAgain() throws Exception {
        esme = TestEsme.bind(smsc.port(), "porter", "demo");
        esme.refuseNext(1);

        smsc.deliver(RESIDENT, "KM");

        assertThat(awaitMessages(1)).extracting(d -> new String(d.getShortMessage(), StandardCharsets.US_ASCII))
                .containsExactly("KM");
        assertThat(esme.refusedCount()).isEqualTo(1);
    }

    @Test
    void aDeliverSmLeftUnansweredWhenTheSessionDiesGoesToTheNextSession() throws Exception {
        try (RawSmppClient vanishing = new RawSmppClient(smsc.port())) {
            assertThat(vanishing.bindTransceiver("porter", "demo").status()).isZero();
            smsc.deliver(RESIDENT, "KM");
            assertThat(vanishing.read().commandId()).as("deliver_sm, never answered")
                    .isEqualTo(RawSmppClient.DELIVER_SM);
        }
        await().atMost(WAIT).until(() -> !smsc.hasReceiver());

        esme = TestEsme.bind(smsc.port(), "porter", "demo");

        assertThat(awaitMessages(1)).extracting(d -> new String(d.getShortMessage(), StandardCharsets.US_ASCII))
                .containsExactly("KM");
        await().atMost(WAIT).until(() -> smsc.pendingDeliveries() == 0);
    }

    @Test
    void theSentMessageIsInThePhonesConversation() {
        smsc.deliver("8613800000001", "KM");

        assertThat(smsc.conversations().conversation(RESIDENT))
                .extracting(SimulatedMessage::fromPhone, SimulatedMessage::text)
                .containsExactly(tuple(true, "KM"));
    }

    @Test
    void aTextTooLongOrANonNumberIsRefusedAndNotRecorded() {
        assertThatThrownBy(() -> smsc.deliver(RESIDENT, "长".repeat(67 * 11)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> smsc.deliver("not-a-phone", "H")).isInstanceOf(IllegalArgumentException.class);
        assertThat(smsc.conversations().conversation(RESIDENT)).isEmpty();
        assertThat(smsc.pendingDeliveries()).isZero();
    }

    private List<DeliverSm> awaitMessages(int count) {
        await().atMost(WAIT).until(() -> esme.messages().size() >= count);
        return esme.messages();
    }
}
