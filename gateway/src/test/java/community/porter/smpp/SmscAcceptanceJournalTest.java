package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.sms.AcceptanceJournal;
import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/**
 * Every part the SMSC accepts is journaled the moment its submit_sm_resp arrives, before the next
 * part goes and long before the message completes: a crash in between must not send it again.
 */
class SmscAcceptanceJournalTest extends SmscTestSupport {

    private static final int ESME_RTHROTTLED = 0x58;
    /** 400 GSM characters: three parts of at most 153. */
    private static final String THREE_PARTS = "Water supply stops tomorrow from 9 to 12 for cleaning of the tanks. "
            .repeat(6).substring(0, 400);
    private static final long OUTBOX_ID = 0x2A;

    private final List<Line> journal = new CopyOnWriteArrayList<>();

    private record Line(long outboxId, String connector, int partNo, int totalParts, String transportId) {
    }

    private void startSender() throws Exception {
        AcceptanceJournal recording = (id, connector, partNo, total, transportId) -> journal.add(
                new Line(id, connector, partNo, total, transportId));
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("journal", recording);
                from("direct:out").to(smscUri("&acceptanceJournal=#bean:journal"));
            }
        });
        awaitBound();
    }

    private static OutboundSms message() {
        return new OutboundSms(OUTBOX_ID, "+8613800000001", null, THREE_PARTS, null, true);
    }

    @Test
    void anAcceptedPartIsJournaledWhileTheNextPartIsStillUnanswered() throws Exception {
        startSender();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        smsc.beforeSubmitResponse((submit, id) -> {
            if (accepted.incrementAndGet() == 2) {
                awaitQuietly(release);
            }
        });

        CompletableFuture<Exchange> sent = context.createProducerTemplate()
                .asyncSend("direct:out", exchange -> exchange.getIn().setBody(message()));

        try {
            await("part 1 journaled").atMost(Duration.ofSeconds(10)).until(() -> journal.size() == 1);
            assertThat(journal).containsExactly(new Line(OUTBOX_ID, "t", 1, 3, smsc.messageIds().get(0)));
            assertThat(sent).as("the message is not complete: part 2 has no answer yet").isNotDone();
        } finally {
            release.countDown();
        }

        Exchange done = sent.get(10, TimeUnit.SECONDS);
        assertThat(done.getException()).isNull();
        List<String> ids = smsc.messageIds();
        assertThat(journal).containsExactly(new Line(OUTBOX_ID, "t", 1, 3, ids.get(0)),
                new Line(OUTBOX_ID, "t", 2, 3, ids.get(1)), new Line(OUTBOX_ID, "t", 3, 3, ids.get(2)));
    }

    @Test
    void aRefusedPartIsNotJournaledAndTheRestOfAResumedMessageIsJournaledUnderItsOwnNumbers() throws Exception {
        startSender();
        AtomicInteger received = new AtomicInteger();
        smsc.answerSubmits(submit -> received.incrementAndGet() == 2 ? ESME_RTHROTTLED : 0);

        Exchange first = context.createProducerTemplate().send("direct:out", e -> e.getIn().setBody(message()));
        assertThat(first.getException()).isInstanceOf(SmscThrottledException.class);
        assertThat(journal).extracting(Line::partNo).containsExactly(1);

        OutboundSms rest = message().resumedAfter(((SendException) first.getException()).accepted().orElseThrow());
        Exchange second = context.createProducerTemplate().send("direct:out", e -> e.getIn().setBody(rest));

        assertThat(second.getException()).isNull();
        assertThat(journal).extracting(Line::partNo, Line::transportId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, smsc.messageIds().get(0)),
                org.assertj.core.groups.Tuple.tuple(2, smsc.messageIds().get(1)),
                org.assertj.core.groups.Tuple.tuple(3, smsc.messageIds().get(2)));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
