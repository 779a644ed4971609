package community.porter.modem.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.modem.sim.Dialect;
import community.porter.modem.sim.SimulatedModem;
import community.porter.sms.InboundSms;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Receiving through {@code gsm:} from a Huawei-like simulated modem: delete only after the route stored. */
class GsmReceiveTest {

    private SimulatedModem modem;
    private DefaultCamelContext camel;
    private final List<Exchange> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch routeMayFinish = new CountDownLatch(1);
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void startModem() {
        modem = SimulatedModem.start(Dialect.HUAWEI);
    }

    @AfterEach
    void stop() {
        routeMayFinish.countDown();
        if (camel != null) {
            camel.stop();
        }
        modem.close();
    }

    private void startCamel(Duration sweepInterval, boolean blockRoute) throws Exception {
        startCamel(sweepInterval, Duration.ofMinutes(10), blockRoute);
    }

    private void startCamel(Duration sweepInterval, Duration concatTimeout, boolean blockRoute) throws Exception {
        camel = new DefaultCamelContext();
        GsmComponent gsm = new GsmComponent();
        GsmConfiguration options = new GsmConfiguration();
        options.setModems(List.of(ModemConfig.of("huawei", modem.hostPath().toString())));
        options.setSweepInterval(sweepInterval);
        options.setConcatTimeout(concatTimeout);
        options.setCommandTimeout(Duration.ofSeconds(2));
        gsm.addPool("modems", options);
        camel.addComponent("gsm", gsm);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("gsm:modems").process(exchange -> {
                    received.add(exchange);
                    if (blockRoute) {
                        routeMayFinish.await(30, TimeUnit.SECONDS);
                    }
                    if (failuresLeft.getAndDecrement() > 0) {
                        throw new IllegalStateException("database down");
                    }
                });
            }
        });
        camel.start();
    }

    @Test
    void aMessageIsDeletedOnlyAfterTheRouteCompleted() throws Exception {
        startCamel(Duration.ofMinutes(5), true);
        await().atMost(Duration.ofSeconds(20)).until(() -> camel.getEndpoint("gsm:modems", GsmEndpoint.class)
                .readiness() == community.porter.sms.TransportReadiness.State.READY);

        modem.deliver("+8613800000001", "KM 1-1");

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        InboundSms sms = received.get(0).getIn().getBody(InboundSms.class);
        assertThat(sms.sender()).isEqualTo("+8613800000001");
        assertThat(sms.text()).isEqualTo("KM 1-1");
        assertThat(sms.smscTimestamp()).isNotNull();
        assertThat(sms.connector()).isEqualTo("modems");
        assertThat(received.get(0).getIn().getHeader(GsmBinding.MODEM_HEADER)).isEqualTo("huawei");
        // The route has not finished: the message must still be on the SIM.
        assertThat(modem.storage()).hasSize(1);
        assertThat(modem.deleted()).isEmpty();

        routeMayFinish.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> modem.storage().isEmpty());
        assertThat(modem.deleted()).hasSize(1);
    }

    @Test
    void aMessageWhoseRouteFailedStaysForTheSweep() throws Exception {
        failuresLeft.set(1);
        startCamel(Duration.ofSeconds(1), false);

        modem.deliver("+8613800000002", "KM 2-2");

        // Its +CMTI came once; only the sweep can offer it a second time.
        await().atMost(Duration.ofSeconds(15)).until(() -> modem.storage().isEmpty());
        assertThat(received).hasSize(2);
        assertThat(received.get(0).getException()).isNotNull();
        // The copy read again carries what the inbox recognises a copy by.
        InboundSms firstTry = received.get(0).getIn().getBody(InboundSms.class);
        InboundSms secondTry = received.get(1).getIn().getBody(InboundSms.class);
        assertThat(secondTry.smscTimestamp()).isEqualTo(firstTry.smscTimestamp()).isNotNull();
        assertThat(secondTry.sender()).isEqualTo(firstTry.sender());
        assertThat(secondTry.connector()).isEqualTo(firstTry.connector());
        assertThat(modem.deleted()).hasSize(1);
        assertThat(received.get(1).getIn().getBody(InboundSms.class).text()).isEqualTo("KM 2-2");
    }

    @Test
    void aMessageStoredBeforeStartIsPickedUpByTheStartSweep() throws Exception {
        modem.deliver("+8613800000003", "H");
        assertThat(modem.storage()).hasSize(1);

        startCamel(Duration.ofMinutes(5), false);

        await().atMost(Duration.ofSeconds(20)).until(() -> modem.storage().isEmpty());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getIn().getBody(InboundSms.class).text()).isEqualTo("H");
    }

    @Test
    void aLongMessageIsJoinedFromItsStoredPartsAndDeletedWhole() throws Exception {
        startCamel(Duration.ofMinutes(5), false);
        await().atMost(Duration.ofSeconds(20)).until(() -> camel.getEndpoint("gsm:modems", GsmEndpoint.class)
                .readiness() == community.porter.sms.TransportReadiness.State.READY);
        String text = "请开门".repeat(40);

        List<Integer> indexes = modem.deliver("+8613800000004", text);

        assertThat(indexes).hasSizeGreaterThan(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> modem.storage().isEmpty());
        assertThat(received).hasSize(1);
        InboundSms sms = received.get(0).getIn().getBody(InboundSms.class);
        assertThat(sms.text()).isEqualTo(text);
        assertThat(sms.incomplete()).isFalse();
    }

    @Test
    void aLongMessageMissingAPartIsPassedOnIncompleteAfterTheConcatTimeout() throws Exception {
        List<community.porter.modem.pdu.EncodedPdu> pdus = community.porter.modem.sim.IncomingSms
                .of("+8613800000006", "请开门".repeat(40)).pdus();
        assertThat(pdus).hasSizeGreaterThan(1);
        modem.deliverPdu(pdus.get(0).hex(), pdus.get(0).tpduLength());

        startCamel(Duration.ofMillis(300), Duration.ofSeconds(1), false);

        await().atMost(Duration.ofSeconds(15)).until(() -> modem.storage().isEmpty());
        assertThat(received).hasSize(1);
        InboundSms sms = received.get(0).getIn().getBody(InboundSms.class);
        assertThat(sms.incomplete()).isTrue();
        assertThat(sms.text()).startsWith("请开门").hasSizeLessThan(120);
    }

    @Test
    void aMalformedStoredPduIsPassedOnAsRejectedAndDeleted() throws Exception {
        modem.deliverPdu("0004");
        modem.deliver("+8613800000005", "KM 5-5");

        startCamel(Duration.ofMinutes(5), false);

        await().atMost(Duration.ofSeconds(20)).until(() -> modem.storage().isEmpty());
        assertThat(received).hasSize(2);
        assertThat(received).anySatisfy(e -> {
            assertThat(e.getIn().getHeader(GsmBinding.MALFORMED_HEADER, String.class)).isNotBlank();
            assertThat(e.getIn().getBody(InboundSms.class).text()).isEqualTo("[malformed PDU] 0004");
        });
        assertThat(received).anySatisfy(e -> assertThat(e.getIn().getBody(InboundSms.class).text()).isEqualTo("KM 5-5"));
    }
}
