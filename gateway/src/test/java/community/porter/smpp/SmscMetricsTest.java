package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.sms.OutboundSms;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.junit.jupiter.api.Test;

/** The meters of a connection, as Micrometer (and so /actuator/metrics) sees them. */
class SmscMetricsTest extends SmscTestSupport {

    private static final String PHONE = "+8613800000001";
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private void startWithRegistry(String options) throws Exception {
        context = new DefaultCamelContext();
        component = new SmscComponent();
        component.setMeterRegistry(registry);
        context.addComponent("smsc", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(smscUri(options)).to("mock:in");
                from("direct:out").to(smscUri(options));
            }
        });
        context.start();
        awaitBound();
    }

    private double counter(String name) {
        return registry.get(name).tag("connection", "t").functionCounter().count();
    }

    private double gauge(String name) {
        return registry.get(name).tag("connection", "t").gauge().value();
    }

    private Exchange send(String text) {
        return context.createProducerTemplate().send("direct:out",
                e -> e.getIn().setBody(new OutboundSms(1, PHONE, null, text, null, false)));
    }

    private Future<Exchange> sendLater(String text) {
        return context.createProducerTemplate().asyncSend("direct:out",
                e -> e.getIn().setBody(new OutboundSms(1, PHONE, null, text, null, false)));
    }

    @Test
    void trafficIsCountedPerConnection() throws Exception {
        startWithRegistry("");
        MockEndpoint in = context.getEndpoint("mock:in", MockEndpoint.class);

        smsc.deliverGsm(PHONE, "10690001", "H").get(5, TimeUnit.SECONDS);
        smsc.deliverGsm(PHONE, "10690001", "KM").get(5, TimeUnit.SECONDS);
        smsc.deliver(PHONE, "10690001", DataCodings.ZERO, new ESMClass(0x04),
                "id:a00000 sub:001 dlvrd:001 submit date:2611031015 done date:2611031016 stat:DELIVRD err:000 text:"
                        .getBytes(StandardCharsets.US_ASCII)).get(5, TimeUnit.SECONDS);
        send("one part");
        send("开".repeat(100));
        smsc.answerSubmits(submit -> 0x58);
        send("throttled");
        smsc.answerSubmits(submit -> 0x0B);
        send("bad address");

        await().atMost(DEADLINE).until(() -> in.getReceivedCounter() == 3);
        assertThat(counter(SmscMetrics.MESSAGES_RECEIVED)).isEqualTo(2);
        assertThat(counter(SmscMetrics.RECEIPTS_RECEIVED)).isEqualTo(1);
        assertThat(counter(SmscMetrics.SUBMITS)).as("parts accepted").isEqualTo(3);
        assertThat(registry.get(SmscMetrics.SUBMIT_ERRORS).tags("connection", "t", "status", "ESME_RTHROTTLED")
                .functionCounter().count()).isEqualTo(1);
        assertThat(registry.get(SmscMetrics.SUBMIT_ERRORS).tags("connection", "t", "status", "ESME_RINVDSTADR")
                .functionCounter().count()).isEqualTo(1);
        assertThat(gauge(SmscMetrics.BOUND)).isEqualTo(1);
        assertThat(gauge(SmscMetrics.WINDOW_SIZE)).isEqualTo(10);
        assertThat(counter(SmscMetrics.RECONNECTS)).isZero();
    }

    @Test
    void theWindowGaugeShowsRequestsAwaitingAnswerAndUnansweredSubmitsAreCounted() throws Exception {
        startWithRegistry("&responseTimeout=1s");
        CountDownLatch answer = new CountDownLatch(1);
        smsc.answerSubmits(submit -> {
            try {
                answer.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });

        Future<Exchange> first = sendLater("first");
        Future<Exchange> second = sendLater("second");
        await().atMost(DEADLINE).until(() -> gauge(SmscMetrics.WINDOW_IN_USE) == 2);
        answer.countDown();
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
        assertThat(gauge(SmscMetrics.WINDOW_IN_USE)).isZero();

        CountDownLatch never = new CountDownLatch(1);
        smsc.answerSubmits(submit -> {
            try {
                never.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });
        assertThat(send("no answer in time").getException()).isInstanceOf(SmscTimeoutException.class);
        never.countDown();
        assertThat(registry.get(SmscMetrics.SUBMIT_ERRORS).tags("connection", "t", "status", SmscMetrics.OUTCOME_UNKNOWN)
                .functionCounter().count()).isEqualTo(1);
    }

    @Test
    void aLostConnectionShowsAsUnboundThenAsAReconnect() throws Exception {
        startWithRegistry("");

        smsc.dropConnections();
        await().atMost(DEADLINE).until(() -> counter(SmscMetrics.RECONNECTS) == 1 && gauge(SmscMetrics.BOUND) == 1);

        assertThat(component.connection("t").orElseThrow().reconnects()).isEqualTo(1);
        assertThat(component.connection("t").orElseThrow().downSince()).as("up again").isNull();
    }

    @Test
    void metersAreTaggedWithTheConnectionNameOnlyAndGoAwayWithTheConnection() throws Exception {
        startWithRegistry("");
        smsc.deliverGsm(PHONE, "10690001", "H").get(5, TimeUnit.SECONDS);
        smsc.answerSubmits(submit -> 0x58);
        send("throttled");

        List<Meter> meters = registry.getMeters().stream().filter(m -> m.getId().getName().startsWith("porter.smsc.")).toList();
        assertThat(meters).isNotEmpty().allSatisfy(meter -> {
            assertThat(meter.getId().getTag("connection")).isEqualTo("t");
            assertThat(meter.getId().getTags()).extracting(Tag::getKey).isSubsetOf("connection", "status");
            assertThat(meter.getId().getTags()).extracting(Tag::getValue).noneMatch(v -> v.contains("13800000001"));
        });

        context.stop();

        assertThat(registry.getMeters()).noneMatch(m -> m.getId().getName().startsWith("porter.smsc."));
    }

    @Test
    void withoutARegistryTheConnectionStillCounts() throws Exception {
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:out").to(smscUri(""));
            }
        });
        awaitBound();

        assertThat(send("hi").getException()).isNull();

        assertThat(component.getMeterRegistry()).isNull();
        assertThat(component.connection("t").orElseThrow().submitted()).isEqualTo(1);
    }
}
