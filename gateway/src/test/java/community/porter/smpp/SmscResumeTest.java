package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import community.porter.sms.TransportReadiness;
import community.porter.sms.codec.ConcatScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.Test;

/**
 * A long message that fails part-way over real SMPP: the producer names the parts accepted, and
 * the next try of the message sends only the rest, with the same concatenation reference, so
 * the handset gets every part exactly once. The jSMPP SMSC decides what each submit gets.
 */
class SmscResumeTest extends SmscTestSupport {

    private static final int ESME_RTHROTTLED = 0x58;
    /** 400 GSM characters: three parts of at most 153. */
    private static final String THREE_PARTS = ("Water supply to buildings 1 to 3 stops tomorrow from 9 to 12 for cleaning of the "
            + "tanks. Please keep some water ready. ").repeat(4).substring(0, 400);
    private static final long OUTBOX_ID = 0x2A;

    /** Throttling is remembered longer than the test takes, so the test can see it. */
    private static final String OPTIONS = "&throttlePause=1m";

    private void startSender() throws Exception {
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:out").to(smscUri(OPTIONS));
            }
        });
        awaitBound();
    }

    private Exchange send(OutboundSms sms) {
        return context.createProducerTemplate().send("direct:out", exchange -> exchange.getIn().setBody(sms));
    }

    private static OutboundSms message() {
        return new OutboundSms(OUTBOX_ID, "+8613800000001", null, THREE_PARTS, null, true);
    }

    @Test
    void aThreePartMessageWhoseSecondPartIsThrottledEndsWithEachPartAcceptedOnce() throws Exception {
        startSender();
        AtomicInteger received = new AtomicInteger();
        smsc.answerSubmits(submit -> received.incrementAndGet() == 2 ? ESME_RTHROTTLED : 0);

        Exchange first = send(message());

        assertThat(first.getException()).isInstanceOf(SmscThrottledException.class);
        SubmitOutcome acceptedFirst = ((SendException) first.getException()).accepted().orElseThrow();
        assertThat(acceptedFirst).isEqualTo(new SubmitOutcome("t", 1, smsc.messageIds()));
        assertThat(context.getEndpoint(smscUri(OPTIONS), SmscEndpoint.class).readiness())
                .as("the SMSC just asked for fewer messages").isEqualTo(TransportReadiness.State.THROTTLED);

        Exchange rest = send(message().resumedAfter(acceptedFirst));

        assertThat(rest.getException()).isNull();
        assertThat(rest.getMessage().getBody(SubmitOutcome.class))
                .isEqualTo(new SubmitOutcome("t", 2, smsc.messageIds().subList(1, 3)));
        assertEachPartOnceWithOneReference(smsc.acceptedSubmits());
        assertThat(smsc.submits()).as("part 1, part 2 refused, part 2, part 3").hasSize(4);
    }

    @Test
    void aConnectionDroppedAfterTheFirstPartsResponseSendsOnlyPartsTwoAndThreeAfterTheReconnect() throws Exception {
        startSender();
        smsc.dropAfterAccepting(1);

        Exchange first = send(message());

        assertThat(first.getException()).isInstanceOf(SendException.class);
        SubmitOutcome acceptedFirst = ((SendException) first.getException()).accepted().orElseThrow();
        assertThat(acceptedFirst.partIds()).isEqualTo(smsc.messageIds()).hasSize(1);
        await("bound again").atMost(Duration.ofSeconds(10)).until(() -> smsc.binds() == 2 && smsc.isBound()
                && component.connection("t").map(SmscConnectionState::isBound).orElse(false));
        int acceptedBeforeReconnect = smsc.acceptedSubmits().size();

        Exchange rest = send(message().resumedAfter(acceptedFirst));

        assertThat(rest.getException()).isNull();
        assertThat(rest.getMessage().getBody(SubmitOutcome.class).firstPart()).isEqualTo(2);
        List<SubmitSm> accepted = smsc.acceptedSubmits();
        assertEachPartOnceWithOneReference(accepted);
        assertThat(accepted.subList(acceptedBeforeReconnect, accepted.size())).as("after the reconnect")
                .extracting(part -> udh(part)[5]).containsExactly((byte) 2, (byte) 3);
    }

    @Test
    void aPartlySentMessageIsNotContinuedOnAnotherConnection() throws Exception {
        startSender();
        OutboundSms pinnedElsewhere = message().resumedAfter(new SubmitOutcome("other", List.of("x1")));

        Exchange done = send(pinnedElsewhere);

        assertThat(done.getException()).isInstanceOf(SendException.RetryLater.class).hasMessageContaining("'other'");
        assertThat(smsc.submits()).isEmpty();
    }

    @Test
    void everyTryOfAMessageIsSplitTheSameWaySoTheRestContinuesTheFirstParts() {
        for (ConcatScheme scheme : ConcatScheme.values()) {
            SmscConfiguration config = new SmscConfiguration();
            config.setConcatScheme(scheme);
            for (String text : List.of(THREE_PARTS, "开门".repeat(100))) {
                OutboundSms sms = new OutboundSms(OUTBOX_ID, "+8613800000001", null, text, null, true);
                List<com.cloudhopper.smpp.pdu.SubmitSm> once = new SmscBinding("t", config).submits(sms, Instant.now());
                List<com.cloudhopper.smpp.pdu.SubmitSm> again = new SmscBinding("t", config).submits(sms, Instant.now());

                if (scheme == ConcatScheme.PAYLOAD) {
                    assertThat(once).as("the whole text in one submit_sm").hasSize(1);
                } else {
                    assertThat(once).hasSizeGreaterThan(1);
                }
                assertThat(again).hasSameSizeAs(once);
                for (int i = 0; i < once.size(); i++) {
                    assertThat(pdu(again.get(i))).as(scheme + " part " + (i + 1)).isEqualTo(pdu(once.get(i)));
                }
            }
        }
    }

    /** What a part carries to the handset: user data, its coding and concatenation. */
    private static String pdu(com.cloudhopper.smpp.pdu.SubmitSm submit) {
        return Arrays.toString(submit.getShortMessage()) + " esm=" + submit.getEsmClass() + " dcs=" + submit.getDataCoding()
                + " tlvs=" + (submit.getOptionalParameters() == null ? "[]" : submit.getOptionalParameters().stream()
                        .map(t -> t.getTag() + ":" + Arrays.toString(t.getValue())).toList());
    }

    private static void assertEachPartOnceWithOneReference(List<SubmitSm> accepted) {
        assertThat(accepted).as("accepted submits").hasSize(3);
        assertThat(accepted).extracting(part -> udh(part)[5]).as("part numbers").containsExactly((byte) 1, (byte) 2, (byte) 3);
        assertThat(accepted).extracting(part -> udh(part)[3]).as("references").containsOnly((byte) OUTBOX_ID);
        assertThat(accepted).extracting(part -> udh(part)[4]).as("part counts").containsOnly((byte) 3);
    }

    /** The 8-bit concatenation header: 05 00 03 ref total seq. */
    private static byte[] udh(SubmitSm part) {
        assertThat(part.getEsmClass() & 0x40).as("UDHI").isEqualTo(0x40);
        return Arrays.copyOf(part.getShortMessage(), 6);
    }
}
