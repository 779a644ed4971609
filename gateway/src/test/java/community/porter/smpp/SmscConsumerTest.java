package community.porter.smpp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.sms.AckListener;
import community.porter.sms.InboundSms;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

class SmscConsumerTest extends SmscTestSupport {

    @Test
    void gsmAndChineseMessagesArriveAsInboundSmsWithInternationalSender() throws Exception {
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from(smscUri("")).to("mock:in");
            }
        });
        awaitBound();
        MockEndpoint in = context.getEndpoint("mock:in", MockEndpoint.class);
        in.expectedMessageCount(2);

        assertThat(smsc.deliverGsm("+8613800000001", "10690001", "KM 1-1").get(5, SECONDS)).isZero();
        assertThat(smsc.deliverUcs2("+8613800000002", "10690001", "帮助").get(5, SECONDS)).isZero();

        in.assertIsSatisfied(5_000);
        InboundSms gsm = in.getExchanges().get(0).getIn().getBody(InboundSms.class);
        InboundSms chinese = in.getExchanges().get(1).getIn().getBody(InboundSms.class);
        assertThat(gsm.sender()).isEqualTo("+8613800000001");
        assertThat(gsm.recipient()).isEqualTo("10690001");
        assertThat(gsm.text()).isEqualTo("KM 1-1");
        assertThat(gsm.connector()).isEqualTo("t");
        assertThat(gsm.incomplete()).isFalse();
        assertThat(chinese.sender()).isEqualTo("+8613800000002");
        assertThat(chinese.text()).isEqualTo("帮助");
    }

    @Test
    void deliverSmRespWaitsUntilTheExchangeCompleted() throws Exception {
        CountDownLatch stored = new CountDownLatch(1);
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from(smscUri("")).process(exchange -> stored.await(15, SECONDS)).to("mock:in");
            }
        });
        awaitBound();

        CompletableFuture<Integer> resp = smsc.deliverGsm("+8613800000001", "10690001", "KM");
        MockEndpoint in = context.getEndpoint("mock:in", MockEndpoint.class);
        // While the route is still "storing", the SMSC must have no answer.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !resp.isDone());
        assertThat(in.getReceivedCounter()).isZero();

        stored.countDown();
        assertThat(resp.get(5, SECONDS)).as("deliver_sm_resp status once stored").isZero();
        assertThat(in.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void aFailedExchangeIsAnsweredWithATemporaryErrorSoTheSmscRedelivers() throws Exception {
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from(smscUri("")).throwException(new IllegalStateException("database down"));
            }
        });
        awaitBound();

        assertThat(smsc.deliverGsm("+8613800000001", "10690001", "KM").get(5, SECONDS))
                .as("ESME_RX_T_APPN").isEqualTo(0x64);
    }

    @Test
    void theWindowOfDeliveriesIsProcessedConcurrently() throws Exception {
        CountDownLatch allInRoute = new CountDownLatch(3);
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from(smscUri("")).process(exchange -> {
                    allInRoute.countDown();
                    // Only completes when all three are in the route at once.
                    allInRoute.await(10, SECONDS);
                }).to("mock:in");
            }
        });
        awaitBound();

        List<CompletableFuture<Integer>> resps = List.of(
                smsc.deliverGsm("+8613800000001", "1069", "A"),
                smsc.deliverGsm("+8613800000002", "1069", "B"),
                smsc.deliverGsm("+8613800000003", "1069", "C"));

        for (CompletableFuture<Integer> resp : resps) {
            assertThat(resp.get(8, SECONDS)).isZero();
        }
        assertThat(allInRoute.getCount()).isZero();
    }

    @Test
    void ackListenerHearsThatTheResponseWentOut() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        AckListener listener = new AckListener() {
            @Override
            public void acknowledged(String connector, long inboxId) {
                heard.add("acknowledged " + connector + " " + inboxId);
            }

            @Override
            public void acknowledgementLost(String connector, long inboxId) {
                heard.add("lost " + connector + " " + inboxId);
            }
        };
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("acks", listener);
                from(smscUri("&ackListener=#bean:acks"))
                        .setHeader(AckListener.INBOX_ID_HEADER, constant(42L))
                        .to("mock:in");
            }
        });
        awaitBound();

        assertThat(smsc.deliverGsm("+8613800000001", "10690001", "KM").get(5, SECONDS)).isZero();

        await().atMost(Duration.ofSeconds(5)).until(() -> !heard.isEmpty());
        assertThat(heard).containsExactly("acknowledged t 42");
    }

    @Test
    void ackListenerHearsOfAResponseThatCouldNotGoOut() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch stored = new CountDownLatch(1);
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("acks", new AckListener() {
                    @Override
                    public void acknowledged(String connector, long inboxId) {
                        heard.add("acknowledged " + inboxId);
                    }

                    @Override
                    public void acknowledgementLost(String connector, long inboxId) {
                        heard.add("lost " + inboxId);
                    }
                });
                from(smscUri("&ackListener=#bean:acks"))
                        .setHeader(AckListener.INBOX_ID_HEADER, constant(7L))
                        .process(exchange -> stored.await(15, SECONDS));
            }
        });
        awaitBound();

        smsc.deliverGsm("+8613800000001", "10690001", "KM");
        await().atMost(Duration.ofSeconds(5)).until(() -> component.connection("t").orElseThrow().received() == 1);
        smsc.dropConnections();
        // Stored after the connection it came on is gone: its response cannot be written, not
        // even on the new bind, so Porter must treat a later copy as a possible re-delivery.
        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.binds() == 2 && smsc.isBound());
        stored.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> !heard.isEmpty());
        assertThat(heard).containsExactly("lost 7");
    }
}
