package community.porter.smpp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.sms.DeliveryReceipt;
import community.porter.sms.InboundSms;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;

/** Long MOs, receipts and malformed content, delivered by the jSMPP SMSC. */
class SmscInboundPartsTest extends SmscTestSupport {

    private static final ESMClass UDHI = new ESMClass(0x40);
    private static final ESMClass RECEIPT = new ESMClass(0x04);

    private MockEndpoint in;

    private void startReceiver(String options) throws Exception {
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from(smscUri(options)).to("mock:in");
            }
        });
        awaitBound();
        in = context.getEndpoint("mock:in", MockEndpoint.class);
    }

    private static byte[] udhPart(int reference, int total, int sequence, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] pdu = new byte[6 + body.length];
        pdu[0] = 0x05;
        pdu[1] = 0x00;
        pdu[2] = 0x03;
        pdu[3] = (byte) reference;
        pdu[4] = (byte) total;
        pdu[5] = (byte) sequence;
        System.arraycopy(body, 0, pdu, 6, body.length);
        return pdu;
    }

    private CompletableFuture<Integer> deliverPart(int sequence, String text) {
        return smsc.deliver("+8613800000001", "10690001", DataCodings.newInstance((byte) 8), UDHI, udhPart(0x42, 3, sequence, text),
                new OptionalParameter.COctetString((short) 0x1401, "MO-" + sequence));
    }

    @Test
    void threePartsOutOfOrderBecomeOneMessage() throws Exception {
        startReceiver("&moIdTlv=0x1401");
        in.expectedMessageCount(1);

        assertThat(deliverPart(3, "三号楼").get(5, SECONDS)).isZero();
        assertThat(deliverPart(1, "开门 ").get(5, SECONDS)).isZero();
        assertThat(in.getReceivedCounter()).as("nothing before the last part").isZero();
        assertThat(deliverPart(2, "一单元 ").get(5, SECONDS)).isZero();

        in.assertIsSatisfied(5_000);
        InboundSms sms = in.getExchanges().get(0).getIn().getBody(InboundSms.class);
        assertThat(sms.text()).isEqualTo("开门 一单元 三号楼");
        assertThat(sms.sender()).isEqualTo("+8613800000001");
        assertThat(sms.transportId()).as("part 1's SMSC id stands for the message").isEqualTo("MO-1");
        assertThat(sms.incomplete()).isFalse();
    }

    @Test
    void theCompletingPartIsAnsweredOnlyAfterTheWholeMessageIsStored() throws Exception {
        CountDownLatch stored = new CountDownLatch(1);
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from(smscUri("")).process(exchange -> stored.await(15, SECONDS)).to("mock:in");
            }
        });
        awaitBound();

        assertThat(deliverPart(1, "a").get(5, SECONDS)).as("earlier parts answered at once").isZero();
        assertThat(deliverPart(2, "b").get(5, SECONDS)).isZero();
        CompletableFuture<Integer> last = deliverPart(3, "c");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !last.isDone());

        stored.countDown();
        assertThat(last.get(5, SECONDS)).isZero();
    }

    @Test
    void aRefusedLongMessageIsOfferedAgainWhenTheSmscRedeliversItsLastPart() throws Exception {
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from(smscUri("")).process(exchange -> {
                    if (databaseDown.get()) {
                        throw new IllegalStateException("database down");
                    }
                }).to("mock:in");
            }
        });
        awaitBound();
        in = context.getEndpoint("mock:in", MockEndpoint.class);

        deliverPart(1, "a").get(5, SECONDS);
        deliverPart(2, "b").get(5, SECONDS);
        assertThat(deliverPart(3, "c").get(5, SECONDS)).as("ESME_RX_T_APPN").isEqualTo(0x64);

        databaseDown.set(false);
        assertThat(deliverPart(3, "c").get(5, SECONDS)).isZero();
        assertThat(in.getExchanges()).singleElement()
                .extracting(e -> e.getIn().getBody(InboundSms.class).text()).isEqualTo("abc");
    }

    @Test
    void sarTlvPartsBecomeOneMessage() throws Exception {
        startReceiver("");
        in.expectedMessageCount(1);

        for (int seq : new int[] {2, 1}) {
            smsc.deliver("+8613800000001", "10690001", DataCodings.ZERO, new ESMClass(), (seq == 1 ? "KM " : "1-1").getBytes(StandardCharsets.US_ASCII),
                    new OptionalParameter.Short((short) 0x020C, (short) 0x0A0B),
                    new OptionalParameter.Byte((short) 0x020E, (byte) 2),
                    new OptionalParameter.Byte((short) 0x020F, (byte) seq)).get(5, SECONDS);
        }

        in.assertIsSatisfied(5_000);
        assertThat(in.getExchanges().get(0).getIn().getBody(InboundSms.class).text()).isEqualTo("KM 1-1");
    }

    @Test
    void messagePayloadTlvCarriesAWholeLongMessage() throws Exception {
        startReceiver("");
        in.expectedMessageCount(1);
        String text = "开门".repeat(100);

        assertThat(smsc.deliver("+8613800000001", "10690001", DataCodings.newInstance((byte) 8), new ESMClass(), new byte[0],
                new OptionalParameter.OctetString((short) 0x0424, text.getBytes(StandardCharsets.UTF_16BE))).get(5, SECONDS)).isZero();

        in.assertIsSatisfied(5_000);
        assertThat(in.getExchanges().get(0).getIn().getBody(InboundSms.class).text()).isEqualTo(text);
    }

    @Test
    void partsThatStopComingArePassedOnMarkedIncomplete() throws Exception {
        startReceiver("&concatTimeout=300ms");
        in.expectedMessageCount(1);

        assertThat(deliverPart(1, "开门 ").get(5, SECONDS)).isZero();

        in.assertIsSatisfied(5_000);
        Exchange exchange = in.getExchanges().get(0);
        assertThat(exchange.getIn().getBody(InboundSms.class).incomplete()).isTrue();
        assertThat(exchange.getIn().getBody(InboundSms.class).text()).isEqualTo("开门 ");
        assertThat(exchange.getIn().getHeader(SmscBinding.MALFORMED_HEADER, String.class)).contains("1 of 3");
    }

    @Test
    void textReceiptBecomesDeliveryReceipt() throws Exception {
        startReceiver("&messageIdFormat=HEX&receiptIdFormat=DECIMAL");
        in.expectedMessageCount(1);
        String text = "id:0010485761 sub:001 dlvrd:001 submit date:2611031015 done date:2611031016 stat:DELIVRD err:000 text:Door";

        assertThat(smsc.deliver("+8613800000001", "10690001", DataCodings.ZERO, RECEIPT, text.getBytes(StandardCharsets.US_ASCII))
                .get(5, SECONDS)).isZero();

        in.assertIsSatisfied(5_000);
        DeliveryReceipt receipt = in.getExchanges().get(0).getIn().getBody(DeliveryReceipt.class);
        assertThat(receipt).isEqualTo(new DeliveryReceipt("t", "a00001", DeliveryReceipt.State.DELIVERED, null,
                Instant.parse("2026-11-03T10:16:00Z"), "DELIVRD"));
        assertThat(component.connection("t").orElseThrow().receipts()).isEqualTo(1);
    }

    @Test
    void tlvReceiptBecomesDeliveryReceipt() throws Exception {
        startReceiver("&messageIdFormat=HEX");
        in.expectedMessageCount(1);

        smsc.deliver("+8613800000001", "10690001", DataCodings.ZERO, RECEIPT, new byte[0],
                new OptionalParameter.COctetString((short) 0x001E, "00A00002"),
                new OptionalParameter.Byte((short) 0x0427, (byte) 5),
                new OptionalParameter.OctetString((short) 0x0423, new byte[] {3, 0, 27})).get(5, SECONDS);

        in.assertIsSatisfied(5_000);
        assertThat(in.getExchanges().get(0).getIn().getBody(DeliveryReceipt.class))
                .isEqualTo(new DeliveryReceipt("t", "a00002", DeliveryReceipt.State.FAILED, "3:27", null, "UNDELIV"));
    }

    @Test
    void aBrokenHeaderIsPassedOnMarkedAndAnswered() throws Exception {
        startReceiver("");
        in.expectedMessageCount(1);
        byte[] broken = {0x05, 0x00, 0x03, 0x01};

        assertThat(smsc.deliver("+8613800000001", "10690001", DataCodings.ZERO, UDHI, broken).get(5, SECONDS)).isZero();

        in.assertIsSatisfied(5_000);
        assertThat(in.getExchanges().get(0).getIn().getHeader(SmscBinding.MALFORMED_HEADER, String.class))
                .startsWith("bad user data header");
    }

    @Test
    void oddLengthUcs2IsReadAsFarAsItGoes() throws Exception {
        startReceiver("");
        in.expectedMessageCount(1);
        byte[] odd = {0x5E, 0x2E, 0x52};

        assertThat(smsc.deliver("+8613800000001", "10690001", DataCodings.newInstance((byte) 8), new ESMClass(), odd).get(5, SECONDS))
                .isZero();

        in.assertIsSatisfied(5_000);
        Exchange exchange = in.getExchanges().get(0);
        assertThat(exchange.getIn().getBody(InboundSms.class).text()).isEqualTo("帮\uFFFD");
        assertThat(exchange.getIn().getHeader(SmscBinding.MALFORMED_HEADER, String.class)).contains("UCS2");
    }
}
