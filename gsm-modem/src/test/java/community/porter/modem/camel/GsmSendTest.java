package community.porter.modem.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import community.porter.modem.sim.Dialect;
import community.porter.modem.sim.SimulatedModem;
import community.porter.modem.sim.SubmittedMessage;
import community.porter.sms.DeliveryReceipt;
import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import community.porter.sms.TransportReadiness;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending through {@code gsm:} with a Quectel-like simulated modem, and its status reports. */
class GsmSendTest {

    private SimulatedModem modem;
    private DefaultCamelContext camel;
    private ProducerTemplate template;
    private final List<Object> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        modem = SimulatedModem.start(Dialect.QUECTEL);
        camel = new DefaultCamelContext();
        GsmComponent gsm = new GsmComponent();
        GsmConfiguration options = new GsmConfiguration();
        options.setModems(List.of(ModemConfig.of("quectel", modem.hostPath().toString())));
        options.setCommandTimeout(Duration.ofSeconds(2));
        gsm.addPool("modems", options);
        camel.addComponent("gsm", gsm);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("gsm:modems").process(exchange -> received.add(exchange.getIn().getBody()));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        await().atMost(Duration.ofSeconds(20)).until(() -> camel.getEndpoint("gsm:modems", GsmEndpoint.class)
                .readiness() == TransportReadiness.State.READY);
    }

    @AfterEach
    void stop() {
        camel.stop();
        modem.close();
    }

    private SubmitOutcome send(OutboundSms sms) {
        return template.requestBody("gsm:modems", sms, SubmitOutcome.class);
    }

    @Test
    void aLongChineseTextGoesOutAsJoinedUcs2Parts() {
        String text = "您好，访客已到达大门，请确认是否开门。".repeat(8);

        SubmitOutcome outcome = send(new OutboundSms(300, "+8613900000001", null, text, null, false));

        List<SubmittedMessage> submitted = modem.submitted();
        assertThat(submitted).hasSizeGreaterThan(1);
        assertThat(outcome.partIds()).hasSize(submitted.size());
        assertThat(outcome.connector()).isEqualTo("quectel");
        StringBuilder joined = new StringBuilder();
        for (SubmittedMessage part : submitted) {
            assertThat(part.submit().destination().displayValue()).isEqualTo("+8613900000001");
            var concat = part.submit().userData().concat().orElseThrow();
            assertThat(concat.reference()).isEqualTo(300 & 0xFF);
            assertThat(concat.total()).isEqualTo(submitted.size());
            joined.append(part.submit().userData().text().orElseThrow());
        }
        assertThat(joined.toString()).isEqualTo(text);
        assertThat(outcome.partIds().get(0)).isEqualTo(submitted.get(0).messageReference() + ":8613900000001");
    }

    @Test
    void aStatusReportBecomesAReceiptForTheSentPart() {
        SubmitOutcome outcome = send(new OutboundSms(301, "+8613900000002", null, "Door opened", null, true));
        SubmittedMessage sent = modem.submitted().get(0);
        assertThat(sent.submit().statusReportRequest()).isTrue();

        modem.reportDelivered(sent.messageReference());

        await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
        DeliveryReceipt receipt = (DeliveryReceipt) received.get(0);
        assertThat(receipt.partId()).isEqualTo(outcome.partIds().get(0));
        assertThat(receipt.connector()).isEqualTo("quectel");
        assertThat(receipt.state()).isEqualTo(DeliveryReceipt.State.DELIVERED);
        await().atMost(Duration.ofSeconds(10)).until(() -> modem.storage("SR").isEmpty());
    }

    @Test
    void aTemporaryCmsErrorIsRetryLater() {
        modem.failNextSend(331);

        assertThatThrownBy(() -> send(new OutboundSms(302, "+8613900000003", null, "KM", null, false)))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(SendException.RetryLater.class);
        assertThat(modem.submitted()).isEmpty();
    }

    @Test
    void aPermanentCmsErrorIsRejectedWithItsName() {
        modem.failNextSend(302);

        assertThatThrownBy(() -> send(new OutboundSms(303, "+8613900000004", null, "KM", null, false)))
                .cause().isInstanceOfSatisfying(SendException.Rejected.class,
                        e -> assertThat(e.reason()).isEqualTo("OPERATION_NOT_ALLOWED"));
    }

    @Test
    void theRestOfAPartlySentMessageSkipsItsAcceptedParts() {
        String text = "x".repeat(400);
        OutboundSms resumed = new OutboundSms(304, "+8613900000005", null, text, null, false, 2, "quectel");

        SubmitOutcome outcome = send(resumed);

        assertThat(outcome.firstPart()).isEqualTo(3);
        assertThat(modem.submitted()).hasSize(1);
        assertThat(modem.submitted().get(0).submit().userData().concat().orElseThrow().sequence()).isEqualTo(3);
    }
}
