package community.porter.smpp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import community.porter.sms.DeliveryReceipt;
import community.porter.sms.OutboundSms;
import community.porter.sms.SubmitOutcome;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;

/**
 * An SMSC that writes a part's delivery receipt before its submit_sm_resp, over TCP: the receipt
 * reaches the route, and is acknowledged, while the producer still waits for the response, and
 * names the part by the same id the response then gives it — which is all the outbox needs to
 * keep the receipt and match it when the part is recorded.
 */
class SmscReceiptBeforeResponseTest extends SmscTestSupport {

    private final List<String> events = new CopyOnWriteArrayList<>();

    private void startTransceiver(String options) throws Exception {
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from(smscUri(options)).process(e -> events.add("route: receipt for "
                        + e.getIn().getBody(DeliveryReceipt.class).partId())).to("mock:receipts");
                from("direct:out").to(smscUri(options));
            }
        });
        awaitBound();
    }

    @Test
    void aTextReceiptWithADecimalIdOvertakesTheHexResponseAndNamesTheSamePart() throws Exception {
        startTransceiver("&messageIdFormat=HEX&receiptIdFormat=DECIMAL");
        smsc.beforeSubmitResponse((submit, id) -> {
            String decimal = String.format("%010d", new BigInteger(id, 16));
            int status = join(smsc.deliverReceipt(submit, JsmppSmsc.receiptText(decimal, "DELIVRD", "000")));
            events.add("smsc: receipt answered " + status + ", now the submit_sm_resp with " + id);
        });

        Exchange sent = send(new OutboundSms(1, "+8613800000001", null, "Door 1-1 is open.", null, true));

        String id = smsc.messageIds().get(0);
        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getBody(SubmitOutcome.class).partIds()).containsExactly(id);
        assertThat(events).containsExactly("route: receipt for " + id,
                "smsc: receipt answered 0, now the submit_sm_resp with " + id);
    }

    @Test
    void aTlvReceiptOvertakesTheResponseOfEachPartOfALongMessage() throws Exception {
        startTransceiver("&messageIdFormat=HEX");
        smsc.beforeSubmitResponse((submit, id) -> {
            join(smsc.deliverReceipt(submit, "",
                    new OptionalParameter.COctetString((short) 0x001E, "00" + id.toUpperCase()),
                    new OptionalParameter.Byte((short) 0x0427, (byte) 2)));
            events.add("smsc: response " + id);
        });

        Exchange sent = send(new OutboundSms(2, "+8613800000001", null, "门".repeat(100), null, true));

        List<String> ids = smsc.messageIds();
        assertThat(ids).hasSize(2);
        assertThat(sent.getMessage().getBody(SubmitOutcome.class).partIds()).isEqualTo(ids);
        assertThat(events).containsExactly("route: receipt for " + ids.get(0), "smsc: response " + ids.get(0),
                "route: receipt for " + ids.get(1), "smsc: response " + ids.get(1));
    }

    private Exchange send(OutboundSms sms) {
        return context.createProducerTemplate().send("direct:out", exchange -> exchange.getIn().setBody(sms));
    }

    private static int join(CompletableFuture<Integer> deliverSmResp) {
        try {
            return deliverSmResp.get(10, SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the receipt was not answered", e);
        }
    }
}
