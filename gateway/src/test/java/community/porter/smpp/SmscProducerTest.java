package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.Test;

class SmscProducerTest extends SmscTestSupport {

    private static final String LONG_CHINESE = "尊敬的业主您好，本小区将于明日上午九点至十一点进行二次供水设施清洗消毒，届时一号楼至三号楼将暂停供水，"
            + "请提前做好储水准备。给您带来的不便敬请谅解。如有疑问请回复帮助或致电物业服务中心，感谢您的理解与支持。祝您生活愉快！";

    private void startSender(String options) throws Exception {
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:out").to(smscUri(options));
            }
        });
        awaitBound();
    }

    private Exchange send(OutboundSms sms) {
        return context.createProducerTemplate().send("direct:out", exchange -> exchange.getIn().setBody(sms));
    }

    @Test
    void gsmTextIsSubmittedAndTheSmscIdComesBack() throws Exception {
        startSender("&sourceAddress=10690001");

        Exchange done = send(new OutboundSms(7, "+8613800000001", null, "Door 1-1 opened", null, true));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(SubmitOutcome.class))
                .isEqualTo(new SubmitOutcome("t", smsc.messageIds()));
        SubmitSm submit = smsc.submits().get(0);
        assertThat(submit.getDestAddress()).isEqualTo("8613800000001");
        assertThat(submit.getDestAddrTon()).isEqualTo((byte) 1);
        assertThat(submit.getSourceAddr()).isEqualTo("10690001");
        assertThat(submit.getDataCoding()).isZero();
        assertThat(new String(submit.getShortMessage(), StandardCharsets.US_ASCII)).isEqualTo("Door 1-1 opened");
        assertThat(submit.getRegisteredDelivery()).as("receipt requested").isEqualTo((byte) 1);
        assertThat(submit.getValidityPeriod()).isNull();
    }

    @Test
    void longChineseTextGoesAsUcs2PartsWithConcatenationHeaders() throws Exception {
        startSender("");

        Exchange done = send(new OutboundSms(0x1234, "+8613800000001", null, LONG_CHINESE, null, false));

        assertThat(done.getException()).isNull();
        List<SubmitSm> parts = smsc.submits();
        assertThat(parts).hasSize(2);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            SubmitSm part = parts.get(i);
            byte[] sm = part.getShortMessage();
            assertThat(part.getEsmClass() & 0x40).as("UDHI").isEqualTo(0x40);
            assertThat(part.getDataCoding()).as("UCS-2").isEqualTo((byte) 0x08);
            assertThat(part.getRegisteredDelivery()).isZero();
            assertThat(Arrays.copyOf(sm, 6)).as("UDH of part " + (i + 1))
                    .containsExactly(0x05, 0x00, 0x03, 0x34, parts.size(), i + 1);
            text.write(sm, 6, sm.length - 6);
        }
        assertThat(text.toString(StandardCharsets.UTF_16BE)).isEqualTo(LONG_CHINESE);
        assertThat(done.getMessage().getBody(SubmitOutcome.class).partIds()).isEqualTo(smsc.messageIds()).hasSize(2);
    }

    @Test
    void sarSchemeCarriesTheConcatenationInTlvs() throws Exception {
        startSender("&concatScheme=SAR");

        Exchange done = send(new OutboundSms(0x0102, "+8613800000001", null, LONG_CHINESE, null, false));

        assertThat(done.getException()).isNull();
        SubmitSm second = smsc.submits().get(1);
        assertThat(second.getEsmClass() & 0x40).isZero();
        assertThat(second.getOptionalParameter((short) 0x020C).serialize()).endsWith(0x01, 0x02);
        assertThat(second.getOptionalParameter((short) 0x020E).serialize()).endsWith(2);
        assertThat(second.getOptionalParameter((short) 0x020F).serialize()).endsWith(2);
    }

    @Test
    void validUntilBecomesARelativeValidityPeriod() throws Exception {
        startSender("");

        send(new OutboundSms(1, "+8613800000001", null, "hi", Instant.now().plus(Duration.ofMinutes(90)), false));

        assertThat(smsc.submits().get(0).getValidityPeriod()).matches("00000001(29|30)\\d\\d000R");
    }

    @Test
    void anExpiredMessageIsNotSent() throws Exception {
        startSender("");

        Exchange done = send(new OutboundSms(1, "+8613800000001", null, "hi", Instant.now().minusSeconds(1), false));

        assertThat(done.getException()).isInstanceOf(SmscMessageExpiredException.class)
                .isInstanceOf(SendException.Expired.class);
        assertThat(smsc.submits()).isEmpty();
    }

    @Test
    void throttlingIsRetryLater() throws Exception {
        startSender("");
        smsc.answerSubmits(submit -> 0x58);

        Exchange done = send(new OutboundSms(1, "+8613800000001", null, "hi", null, false));

        assertThat(done.getException()).isInstanceOf(SmscThrottledException.class).isInstanceOf(SendException.RetryLater.class);
        assertThat(((SmscThrottledException) done.getException()).commandStatus()).isEqualTo(0x58);
    }

    @Test
    void aFullQueueIsThrottlingToo() throws Exception {
        startSender("");
        smsc.answerSubmits(submit -> 0x14);

        assertThat(send(new OutboundSms(1, "+8613800000001", null, "hi", null, false)).getException())
                .isInstanceOf(SmscThrottledException.class);
    }

    @Test
    void anInvalidDestinationIsRejectedForGood() throws Exception {
        startSender("");
        smsc.answerSubmits(submit -> 0x0B);

        Exchange done = send(new OutboundSms(1, "+8613800000001", null, "hi", null, false));

        assertThat(done.getException()).isInstanceOf(SmscRejectedException.class).isInstanceOf(SendException.Rejected.class);
        assertThat(((SmscRejectedException) done.getException()).reason()).isEqualTo("ESME_RINVDSTADR");
    }

    @Test
    void aRefusedSecondPartNamesTheAcceptedFirstOne() throws Exception {
        startSender("");
        smsc.answerSubmits(submit -> smsc.messageIds().isEmpty() ? 0 : 0x58);

        Exchange done = send(new OutboundSms(1, "+8613800000001", null, LONG_CHINESE, null, false));

        assertThat(done.getException()).isInstanceOf(SmscThrottledException.class);
        assertThat(((SmscThrottledException) done.getException()).acceptedPartIds()).isEqualTo(smsc.messageIds()).hasSize(1);
    }

    @Test
    void noResponseInTimeMeansTheOutcomeIsUnknown() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        startSender("&responseTimeout=300ms");
        smsc.answerSubmits(submit -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });

        Exchange done = send(new OutboundSms(1, "+8613800000001", null, "hi", null, false));
        release.countDown();

        assertThat(done.getException()).isInstanceOf(SmscTimeoutException.class).isInstanceOf(SendException.OutcomeUnknown.class);
    }

    @Test
    void notBoundFailsAtOnceAsUnavailable() throws Exception {
        smsc.close();
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:out").to(smscUri("&bindTimeout=1s"));
            }
        });

        long started = System.nanoTime();
        Exchange done = send(new OutboundSms(1, "+8613800000001", null, "hi", null, false));

        assertThat(done.getException()).isInstanceOf(SmscUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(component.connection("t").orElseThrow().state()).isNotEqualTo(SmscConnectionState.State.BOUND);
    }

    @Test
    void throughputLimitSpacesSubmits() throws Exception {
        startSender("&throughput=10");

        long started = System.nanoTime();
        Exchange done = send(new OutboundSms(1, "+8613800000001", null, LONG_CHINESE + LONG_CHINESE, null, false));

        assertThat(done.getException()).isNull();
        assertThat(smsc.submits()).hasSize(4);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
}
