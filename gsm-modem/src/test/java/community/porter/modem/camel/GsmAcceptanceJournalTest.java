package community.porter.modem.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import community.porter.modem.sim.Dialect;
import community.porter.modem.sim.SimulatedModem;
import community.porter.sms.OutboundSms;
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

/** The parts a modem accepted are journaled before the route gets the outcome to record. */
class GsmAcceptanceJournalTest {

    private SimulatedModem modem;
    private DefaultCamelContext camel;
    private ProducerTemplate template;
    private final List<String> journal = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        modem = SimulatedModem.start(Dialect.QUECTEL);
        camel = new DefaultCamelContext();
        GsmComponent gsm = new GsmComponent();
        GsmConfiguration options = new GsmConfiguration();
        options.setModems(List.of(ModemConfig.of("quectel", modem.hostPath().toString())));
        options.setCommandTimeout(Duration.ofSeconds(2));
        options.setAcceptanceJournal((id, connector, partNo, total, transportId) -> journal.add(
                id + " " + connector + " " + partNo + "/" + total + " " + transportId));
        gsm.addPool("modems", options);
        camel.addComponent("gsm", gsm);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // The pool's modems run while a route consumes from it.
                from("gsm:modems").process(exchange -> { });
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

    @Test
    void everyPartTheModemAcceptedIsJournaledWithItsReference() {
        String text = "您好，访客已到达大门，请确认是否开门。".repeat(8);

        SubmitOutcome outcome = template.requestBody("gsm:modems",
                new OutboundSms(300, "+8613900000001", null, text, null, false), SubmitOutcome.class);

        int total = outcome.partIds().size();
        assertThat(total).isGreaterThan(1);
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < total; i++) {
            expected.add("300 quectel " + (i + 1) + "/" + total + " " + outcome.partIds().get(i));
        }
        assertThat(journal).containsExactlyElementsOf(expected);
    }

    @Test
    void aRefusedSendJournalsNothing() {
        modem.failNextSend(331);

        assertThatThrownBy(() -> template.requestBody("gsm:modems",
                new OutboundSms(302, "+8613900000003", null, "KM", null, false), SubmitOutcome.class))
                .isInstanceOf(CamelExecutionException.class);
        assertThat(journal).isEmpty();
    }
}
