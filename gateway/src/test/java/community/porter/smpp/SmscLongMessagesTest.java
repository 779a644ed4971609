package community.porter.smpp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.sms.InboundSms;
import community.porter.sms.OutboundSms;
import community.porter.sms.PendingPartStore;
import community.porter.sms.SubmitOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;

/**
 * Long messages through the jSMPP SMSC over TCP: every part of a long MO is kept in the pending
 * part store before it is acknowledged, parts join across the binds of one account and across a
 * restart, copies make no second message, and a long outbound text can go as one submit_sm in
 * message_payload. The store here keeps its parts in memory, living on across Camel contexts as
 * the database does across restarts (the database store keeps the same rules, see
 * {@code InboundPartsContractTest} in access-core).
 */
class SmscLongMessagesTest extends SmscTestSupport {

    private static final String RESIDENT = "+8613800000001";
    private static final String SERVICE = "10690001";
    private static final int REF = 0x42;
    private static final PendingPartStore.Group MESSAGE = new PendingPartStore.Group(RESIDENT, SERVICE, REF, 3, false);
    private static final int ESME_RX_T_APPN = 0x64;

    /** The store of the test: outlives the Camel contexts it is given to. */
    private final GatedStore parts = new GatedStore(new MemoryPendingPartStore(Clock.systemUTC(), Duration.ofMinutes(10)));
    private MockEndpoint in;

    /** Starts a context consuming the named connections into {@code mock:in}, with {@link #parts} as their store. */
    private void startReceivers(String options, String... connections) throws Exception {
        context = new DefaultCamelContext();
        component = new SmscComponent();
        context.addComponent("smsc", component);
        context.getRegistry().bind("parts", parts);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (String connection : connections) {
                    from(uri(connection, "&pendingPartStore=#bean:parts" + options)).to("mock:in");
                }
            }
        });
        context.start();
        in = context.getEndpoint("mock:in", MockEndpoint.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.boundSessions() == connections.length
                && List.of(connections).stream().allMatch(c -> component.connection(c).map(SmscConnectionState::isBound).orElse(false)));
    }

    /** The same SMSC account ({@code porter}) under another connection name. */
    private String uri(String connection, String options) {
        return "smsc:" + connection + "?host=127.0.0.1&port=" + smsc.port() + "&systemId=porter&password=secret"
                + "&reconnectInitialDelay=100ms&reconnectMaxDelay=1s" + options;
    }

    private void restart(String options, String... connections) throws Exception {
        context.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.boundSessions() == 0);
        startReceivers(options, connections);
    }

    private int deliver(int bind, int sequence, String text) throws Exception {
        return smsc.deliverOn(bind, RESIDENT, SERVICE, JsmppSmsc.udhPart(REF, 3, sequence, text)
                .with(new OptionalParameter.COctetString((short) 0x1401, "MO-" + sequence))).get(5, SECONDS);
    }

    private List<InboundSms> received() {
        return in.getExchanges().stream().map(e -> e.getIn().getBody(InboundSms.class)).toList();
    }

    @Test
    void aPartIsKeptBeforeItsResponseIsWritten() throws Exception {
        startReceivers("", "t");
        parts.hold();

        CompletableFuture<Integer> first = smsc.deliverOn(0, RESIDENT, SERVICE, JsmppSmsc.udhPart(REF, 3, 1, "开门 "));
        await().atMost(Duration.ofSeconds(5)).until(() -> parts.saving() == 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !first.isDone());

        parts.release();
        assertThat(first.get(5, SECONDS)).isZero();
        assertThat(parts.waiting(MESSAGE)).as("kept when the SMSC has its deliver_sm_resp")
                .singleElement().satisfies(p -> {
                    assertThat(p.text()).isEqualTo("开门 ");
                    assertThat(p.connector()).isEqualTo("t");
                });
        assertThat(in.getReceivedCounter()).isZero();
    }

    @Test
    void aPartThatCannotBeKeptIsNotAcknowledged() throws Exception {
        startReceivers("", "t");
        parts.failing.set(true);

        assertThat(deliver(0, 1, "开门 ")).as("ESME_RX_T_APPN: the SMSC offers it again").isEqualTo(ESME_RX_T_APPN);

        parts.failing.set(false);
        assertThat(deliver(0, 1, "开门 ")).isZero();
        assertThat(parts.waiting(MESSAGE)).hasSize(1);
    }

    @Test
    void partsOutOfOrderOverTwoBindsOfOneAccountMakeOneMessage() throws Exception {
        startReceivers("&moIdTlv=0x1401", "a", "b");
        String secondBind = connectionOf(1);

        assertThat(deliver(0, 3, "三号楼")).isZero();
        assertThat(deliver(1, 1, "开门 ")).isZero();
        assertThat(deliver(0, 2, "一单元 ")).isZero();

        await().atMost(Duration.ofSeconds(5)).until(() -> in.getReceivedCounter() == 2);
        assertThat(received().get(1)).satisfies(sms -> {
            assertThat(sms.text()).isEqualTo("开门 一单元 三号楼");
            assertThat(sms.incomplete()).isFalse();
            assertThat(sms.transportId()).as("part 1's id stands for the message").isEqualTo("MO-1");
            assertThat(sms.connector()).as("the connection part 1 came on, with its id").isEqualTo(secondBind);
        });
        assertThat(parts.waiting(MESSAGE)).as("taken once the message went through").isEmpty();
    }

    @Test
    void partsKeptBeforeARestartAreCompletedByPartsArrivingAfterIt() throws Exception {
        startReceivers("", "t");
        assertThat(deliver(0, 1, "开门 ")).isZero();
        assertThat(deliver(0, 3, "三号楼")).isZero();

        restart("", "t");
        assertThat(deliver(0, 2, "一单元 ")).isZero();

        await().atMost(Duration.ofSeconds(5)).until(() -> in.getReceivedCounter() == 1);
        assertThat(received()).singleElement().extracting(InboundSms::text).isEqualTo("开门 一单元 三号楼");
    }

    @Test
    void aMessageWhosePartsStoppedComingBeforeARestartIsPassedOnIncompleteAfterIt() throws Exception {
        startReceivers("&concatTimeout=1h", "t");
        assertThat(deliver(0, 1, "开门 ")).isZero();
        assertThat(deliver(0, 2, "一单元 ")).isZero();

        restart("&concatTimeout=300ms", "t");

        await().atMost(Duration.ofSeconds(5)).until(() -> in.getReceivedCounter() == 1);
        Exchange exchange = in.getExchanges().get(0);
        assertThat(exchange.getIn().getBody(InboundSms.class)).satisfies(sms -> {
            assertThat(sms.text()).isEqualTo("开门 一单元 ");
            assertThat(sms.incomplete()).isTrue();
        });
        assertThat(exchange.getIn().getHeader(SmscBinding.MALFORMED_HEADER, String.class)).contains("2 of 3 parts");
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> in.getReceivedCounter() == 1);
    }

    @Test
    void aMessageGivenUpOnThatCouldNotBeStoredIsOfferedAgainByTheNextSweep() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        context = new DefaultCamelContext();
        component = new SmscComponent();
        context.addComponent("smsc", component);
        context.getRegistry().bind("parts", parts);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("t", "&pendingPartStore=#bean:parts&concatTimeout=200ms")).process(exchange -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("database down");
                    }
                }).to("mock:in");
            }
        });
        context.start();
        in = context.getEndpoint("mock:in", MockEndpoint.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.boundSessions() == 1);

        assertThat(deliver(0, 1, "开门 ")).isZero();

        await().atMost(Duration.ofSeconds(5)).until(() -> in.getReceivedCounter() == 1);
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(received()).singleElement().extracting(InboundSms::text).isEqualTo("开门 ");
    }

    @Test
    void copiesOfPartsBeforeAndAfterTheMessageIsWholeMakeNoSecondMessage() throws Exception {
        startReceivers("", "a", "b");

        assertThat(deliver(0, 1, "开门 ")).isZero();
        assertThat(deliver(1, 1, "开门 ")).as("a copy while the message waits").isZero();
        assertThat(deliver(0, 2, "一单元 ")).isZero();
        assertThat(deliver(1, 3, "三号楼")).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> in.getReceivedCounter() == 1);
        assertThat(deliver(0, 3, "三号楼")).as("the last part again, its response taken for lost").isZero();
        assertThat(deliver(1, 2, "一单元 ")).isZero();

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> in.getReceivedCounter() == 1);
        assertThat(received()).singleElement().extracting(InboundSms::text).isEqualTo("开门 一单元 三号楼");
        assertThat(parts.waiting(MESSAGE)).as("no phantom message waits").isEmpty();
    }

    @Test
    void theLastPartsArrivingTogetherOnTwoBindsMakeOneMessage() throws Exception {
        startReceivers("", "a", "b");
        assertThat(deliver(0, 1, "开门 ")).isZero();

        List<CompletableFuture<Integer>> together = List.of(
                smsc.deliverOn(0, RESIDENT, SERVICE, JsmppSmsc.udhPart(REF, 3, 2, "一单元 ")),
                smsc.deliverOn(1, RESIDENT, SERVICE, JsmppSmsc.udhPart(REF, 3, 3, "三号楼")),
                smsc.deliverOn(0, RESIDENT, SERVICE, JsmppSmsc.udhPart(REF, 3, 3, "三号楼")),
                smsc.deliverOn(1, RESIDENT, SERVICE, JsmppSmsc.udhPart(REF, 3, 2, "一单元 ")));
        for (CompletableFuture<Integer> resp : together) {
            assertThat(resp.get(5, SECONDS)).isZero();
        }

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> in.getReceivedCounter() == 1);
        assertThat(received()).singleElement().extracting(InboundSms::text).isEqualTo("开门 一单元 三号楼");
    }

    @Test
    void withPayloadALongTextIsOneSubmitSmThatTheSmscReadsAsTheWholeText() throws Exception {
        String text = "尊敬的业主您好，本小区将于明日上午九点至十一点进行二次供水设施清洗消毒，届时一号楼至三号楼将暂停供水，".repeat(4)
                + "请提前储水 \uD83D\uDEB0 Tel 0755-12345678";
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:out").to(smscUri("&concatScheme=PAYLOAD"));
            }
        });
        awaitBound();

        Exchange done = context.createProducerTemplate().send("direct:out",
                e -> e.getIn().setBody(new OutboundSms(0x1234, RESIDENT, null, text, null, true)));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(SubmitOutcome.class).partIds()).isEqualTo(smsc.messageIds()).hasSize(1);
        assertThat(smsc.submits()).singleElement().satisfies(submit -> {
            assertThat(submit.getShortMessage()).isNullOrEmpty();
            assertThat(submit.getEsmClass() & 0x40).as("no header").isZero();
            assertThat(submit.getDataCoding()).as("UCS-2").isEqualTo((byte) 0x08);
            assertThat(JsmppSmsc.payloadText(submit)).isEqualTo(text);
        });
    }

    /** Which connection the SMSC's bind {@code bind} is: both bind at start, in no fixed order. */
    private String connectionOf(int bind) throws Exception {
        int before = in.getReceivedCounter();
        assertThat(smsc.deliverOn(bind, RESIDENT, SERVICE, new JsmppSmsc.Content(DataCodings.ZERO, new ESMClass(),
                "probe".getBytes(StandardCharsets.US_ASCII))).get(5, SECONDS)).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> in.getReceivedCounter() == before + 1);
        return received().get(before).connector();
    }

    /**
     * The in-memory store with a gate on {@link #save}: a test can hold a save and see that the
     * SMSC has no answer meanwhile, or make it fail.
     */
    private static final class GatedStore implements PendingPartStore {
        private final PendingPartStore store;
        private final AtomicInteger saving = new AtomicInteger();
        private final AtomicBoolean failing = new AtomicBoolean();
        private volatile CountDownLatch gate = new CountDownLatch(0);

        GatedStore(PendingPartStore store) {
            this.store = store;
        }

        void hold() {
            gate = new CountDownLatch(1);
        }

        void release() {
            gate.countDown();
        }

        int saving() {
            return saving.get();
        }

        @Override
        public Saved save(Part part) {
            saving.incrementAndGet();
            try {
                if (!gate.await(15, SECONDS)) {
                    throw new IllegalStateException("gate never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (failing.get()) {
                throw new IllegalStateException("database down");
            }
            return store.save(part);
        }

        @Override
        public List<Part> waiting(Group group) {
            return store.waiting(group);
        }

        @Override
        public List<Group> waitingSince(Instant cutoff, int limit) {
            return store.waitingSince(cutoff, limit);
        }

        @Override
        public int taken(Collection<Long> partIds) {
            return store.taken(partIds);
        }
    }
}
