package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an SMSC does to a session that is not a plain exchange of messages: it unbinds, refuses
 * the bind, stops answering enquire_link, answers a submit with generic_nack; and how a
 * connection pair and the agreed throughput behave. The scripted SMSC writes every PDU by hand;
 * jSMPP serves where a real SMSC's behaviour is enough.
 */
class SmscSessionRobustnessTest {

    private static final int ESME_RINVCMDLEN = 0x02;
    private static final int ESME_RSYSERR = 0x08;
    private static final int ESME_RINVPASWD = 0x0E;
    private static final int ESME_RTHROTTLED = 0x58;
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    /** Allowance for scheduling and loopback latency when measuring spacing from the SMSC's side. */
    private static final long JITTER_MILLIS = 40;

    private DefaultCamelContext context;
    private SmscComponent component;
    private ScriptedSmsc scripted;
    private JsmppSmsc jsmpp;

    @AfterEach
    void stopAll() throws Exception {
        if (context != null) {
            context.stop();
        }
        if (scripted != null) {
            scripted.close();
        }
        if (jsmpp != null) {
            jsmpp.close();
        }
    }

    private void start(RouteBuilder routes) throws Exception {
        context = new DefaultCamelContext();
        component = new SmscComponent();
        context.addComponent("smsc", component);
        context.addRoutes(routes);
        context.start();
    }

    private void receiveFromScripted(String options) throws Exception {
        String uri = "smsc:raw?host=127.0.0.1&port=" + scripted.port() + "&systemId=porter&password=secret" + options;
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("mock:in");
                from("direct:out").to(uri);
            }
        });
    }

    private SmscConnectionState raw() {
        return component.connection("raw").orElseThrow();
    }

    private static long millisBetween(long fromNanos, long toNanos) {
        return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
    }

    @Test
    void anUnbindFromTheSmscIsAnsweredWithUnbindRespAndBoundAgainAfterTheBackOff() throws Exception {
        scripted = new ScriptedSmsc();
        receiveFromScripted("&reconnectInitialDelay=300ms&reconnectMaxDelay=1s&responseTimeout=1s");
        ScriptedSmsc.Peer first = scripted.accept();
        first.answerBind(0);
        await().atMost(DEADLINE).until(() -> raw().isBound());

        first.write(ScriptedSmsc.UNBIND, 0, 77, new byte[0]);
        long unboundAt = first.lastWriteAtNanos();

        ScriptedSmsc.Pdu answer = first.readSkippingEnquireLinks();
        assertThat(answer.commandId()).as("unbind_resp").isEqualTo(ScriptedSmsc.UNBIND | ScriptedSmsc.RESPONSE);
        assertThat(answer.sequence()).isEqualTo(77);
        assertThat(answer.status()).isZero();
        assertThat(first.closedByEsme()).as("Porter closes the unbound connection").isTrue();

        ScriptedSmsc.Peer second = scripted.accept();
        // Measured from a moment before Porter could know of the unbind, so a slow test thread
        // can only make the wait look longer, never shorter.
        assertThat(millisBetween(unboundAt, second.acceptedAtNanos())).as("re-bind waits for the back-off")
                .isGreaterThanOrEqualTo(300);
        second.answerBind(0);
        await().atMost(DEADLINE).until(() -> raw().isBound());
        assertThat(raw().lastError()).isEqualTo("the SMSC unbound");
        assertThat(raw().reconnects()).isEqualTo(1);
    }

    @Test
    void aRefusedBindIsTriedAgainWithGrowingBackOffAndTheConnectionReportsWhy() throws Exception {
        scripted = new ScriptedSmsc();
        receiveFromScripted("&reconnectInitialDelay=200ms&reconnectMaxDelay=2s&responseTimeout=1s");

        ScriptedSmsc.Peer first = scripted.accept();
        first.answerBind(ESME_RINVPASWD);
        ScriptedSmsc.Peer second = scripted.accept();
        second.answerBind(ESME_RINVPASWD);
        ScriptedSmsc.Peer third = scripted.accept();

        // Each wait is measured from just before the refusal was written, which Porter cannot
        // have read earlier: a slow test thread can only make a wait look longer.
        assertThat(millisBetween(first.lastWriteAtNanos(), second.acceptedAtNanos())).as("first back-off")
                .isGreaterThanOrEqualTo(200);
        assertThat(millisBetween(second.lastWriteAtNanos(), third.acceptedAtNanos())).as("doubled back-off")
                .isGreaterThanOrEqualTo(400);
        SmscConnectionState state = raw();
        assertThat(state.isBound()).isFalse();
        assertThat(state.lastError()).isEqualTo("bind refused: ESME_RINVPASWD");
        assertThat(state.downSince()).as("down since the start").isNotNull();
        assertThat(state.boundSince()).isNull();
        assertThat(state.reconnects()).isZero();
    }

    @Test
    void anUnansweredEnquireLinkMeansTheConnectionIsLostAndBoundAgain() throws Exception {
        scripted = new ScriptedSmsc();
        receiveFromScripted("&enquireLinkInterval=200ms&responseTimeout=300ms&reconnectInitialDelay=100ms");
        ScriptedSmsc.Peer silent = scripted.accept();
        silent.answerBind(0);

        ScriptedSmsc.Pdu ping = silent.read();
        assertThat(ping.commandId()).isEqualTo(ScriptedSmsc.ENQUIRE_LINK);
        // Not answered: Porter must give this connection up and bind again.
        assertThat(silent.closedByEsme()).isTrue();

        ScriptedSmsc.Peer next = scripted.accept();
        next.answerBind(0);
        await().atMost(DEADLINE).until(() -> raw().isBound());
        assertThat(raw().lastError()).startsWith("enquire_link unanswered");
        assertThat(raw().reconnects()).isEqualTo(1);
        // The new connection's enquire_link is answered, and it stays up.
        ScriptedSmsc.Pdu nextPing = next.read();
        assertThat(nextPing.commandId()).isEqualTo(ScriptedSmsc.ENQUIRE_LINK);
        next.write(ScriptedSmsc.ENQUIRE_LINK | ScriptedSmsc.RESPONSE, 0, nextPing.sequence(), new byte[0]);
        assertThat(next.read().commandId()).as("the next keep-alive on the same connection").isEqualTo(ScriptedSmsc.ENQUIRE_LINK);
        assertThat(raw().reconnects()).isEqualTo(1);
    }

    @Test
    void aGenericNackForASubmitIsClassifiedByItsStatus() throws Exception {
        scripted = new ScriptedSmsc();
        // A short response timeout: the scripted SMSC does not answer Porter's unbind at the end.
        receiveFromScripted("&responseTimeout=1s");
        ScriptedSmsc.Peer peer = scripted.accept();
        peer.answerBind(0);
        await().atMost(DEADLINE).until(() -> raw().isBound());

        Exchange throttled = sendAnsweredWithGenericNack(peer, ESME_RTHROTTLED);
        Exchange unreadable = sendAnsweredWithGenericNack(peer, ESME_RINVCMDLEN);
        Exchange smscFault = sendAnsweredWithGenericNack(peer, ESME_RSYSERR);

        assertThat(throttled.getException()).isInstanceOf(SmscThrottledException.class)
                .isInstanceOf(SendException.RetryLater.class);
        assertThat(unreadable.getException()).isInstanceOf(SmscRejectedException.class)
                .isInstanceOf(SendException.Rejected.class);
        assertThat(((SmscRejectedException) unreadable.getException()).reason()).isEqualTo("ESME_RINVCMDLEN");
        assertThat(smscFault.getException()).isInstanceOf(SmscUnavailableException.class)
                .isInstanceOf(SendException.RetryLater.class);
        assertThat(raw().submitErrors()).containsEntry("ESME_RTHROTTLED", 1L).containsEntry("ESME_RINVCMDLEN", 1L)
                .containsEntry("ESME_RSYSERR", 1L);
        assertThat(raw().isBound()).as("a generic_nack does not cost the connection").isTrue();
    }

    private Exchange sendAnsweredWithGenericNack(ScriptedSmsc.Peer peer, int status) throws Exception {
        Future<Exchange> sent = context.createProducerTemplate().asyncSend("direct:out",
                e -> e.getIn().setBody(new OutboundSms(1, "+8613800000001", null, "hi", null, false)));
        ScriptedSmsc.Pdu submit = peer.readSkippingEnquireLinks();
        assertThat(submit.commandId()).isEqualTo(ScriptedSmsc.SUBMIT_SM);
        peer.write(ScriptedSmsc.GENERIC_NACK, status, submit.sequence(), new byte[0]);
        return sent.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void separateTransmitterAndReceiverConnectionsWorkAsAPair() throws Exception {
        jsmpp = JsmppSmsc.start();
        String common = "?host=127.0.0.1&port=" + jsmpp.port() + "&systemId=porter&password=secret";
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("smsc:rx" + common + "&bindType=RECEIVER").to("mock:in");
                from("direct:out").to("smsc:tx" + common + "&bindType=TRANSMITTER");
            }
        });
        await().atMost(DEADLINE).until(() -> jsmpp.bindStates().containsAll(List.of("BOUND_TX", "BOUND_RX")));

        assertThat(jsmpp.deliverGsmToReceiver("+8613800000001", "10690001", "H").get(5, TimeUnit.SECONDS)).isZero();
        Exchange sent = context.createProducerTemplate().send("direct:out",
                e -> e.getIn().setBody(new OutboundSms(1, "+8613800000001", null, "reply", null, false)));

        MockEndpoint in = context.getEndpoint("mock:in", MockEndpoint.class);
        await().atMost(DEADLINE).until(() -> in.getReceivedCounter() == 1);
        assertThat(sent.getException()).isNull();
        assertThat(jsmpp.submits()).hasSize(1);
        assertThat(component.connection("rx").orElseThrow().received()).isEqualTo(1);
        assertThat(component.connection("tx").orElseThrow().submitted()).isEqualTo(1);
        assertThat(component.connection("tx").orElseThrow().bindType()).isEqualTo(SmscConfiguration.BindType.TRANSMITTER);
    }

    @Test
    void theThroughputLimitCountsMessagePartsNotMessages() throws Exception {
        jsmpp = JsmppSmsc.start();
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        jsmpp.answerSubmits(submit -> {
            arrivals.add(System.nanoTime());
            return 0;
        });
        String uri = "smsc:t?host=127.0.0.1&port=" + jsmpp.port() + "&systemId=porter&password=secret&throughput=5";
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:out").to(uri);
            }
        });
        await().atMost(DEADLINE).until(jsmpp::isBound);
        String threeParts = "开".repeat(150);

        // Two messages at once: three parts and one part, four slots of 200 ms between them.
        Future<Exchange> longOne = context.createProducerTemplate().asyncSend("direct:out",
                e -> e.getIn().setBody(new OutboundSms(1, "+8613800000001", null, threeParts, null, false)));
        Future<Exchange> shortOne = context.createProducerTemplate().asyncSend("direct:out",
                e -> e.getIn().setBody(new OutboundSms(2, "+8613800000002", null, "hi", null, false)));
        assertThat(longOne.get(10, TimeUnit.SECONDS).getException()).isNull();
        assertThat(shortOne.get(10, TimeUnit.SECONDS).getException()).isNull();

        assertThat(jsmpp.submits()).hasSize(4);
        List<Long> sorted = arrivals.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(millisBetween(sorted.get(0), sorted.get(i)))
                    .as("submit %d arrives no earlier than %d slots after the first", i + 1, i)
                    .isGreaterThanOrEqualTo(i * 200L - JITTER_MILLIS);
        }
    }
}
