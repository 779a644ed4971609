package community.porter.demo.smsc;

import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import community.porter.demo.smsc.SubmitDecoder.InvalidDestinationException;
import community.porter.demo.smsc.SubmitDecoder.SubmittedPart;
import community.porter.sms.codec.ConcatenationBuffer;
import community.porter.sms.codec.Reassembled;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the simulator does with a submit_sm: gives it an id, shows it on the destination
 * phone (a long message once all its parts are in, as a handset shows it), and sends the
 * delivery receipt the ESME asked for.
 */
final class SubmitProcessor {

    private static final Logger log = LoggerFactory.getLogger(SubmitProcessor.class);

    /** How long the parts of a long reply are waited for; then what came is shown, marked. */
    static final Duration PART_TIMEOUT = Duration.ofMinutes(2);
    /** Marks a long reply shown with parts missing. */
    static final String MISSING_PARTS_MARK = " […]";

    private final DemoSmscSettings settings;
    private final Clock clock;
    private final ConversationStore conversations;
    private final DeliverSmFactory delivers;
    private final Consumer<List<PendingDeliver>> outbox;
    private final ConcatenationBuffer parts;
    // Seeded from the clock: Porter keeps message ids in its database across demo restarts,
    // and a receipt must never match a message of an earlier run.
    private final AtomicLong lastMessageId;
    private volatile ScheduledExecutorService scheduler;

    SubmitProcessor(DemoSmscSettings settings, Clock clock, ConversationStore conversations,
            DeliverSmFactory delivers, Consumer<List<PendingDeliver>> outbox) {
        this.settings = settings;
        this.clock = clock;
        this.conversations = conversations;
        this.delivers = delivers;
        this.outbox = outbox;
        this.parts = new ConcatenationBuffer(clock, PART_TIMEOUT, 1_000);
        this.lastMessageId = new AtomicLong(clock.millis() * 1_000);
    }

    /** Schedules receipts and the sweep for unfinished long replies on {@code scheduler}. */
    void start(ScheduledExecutorService newScheduler) {
        this.scheduler = newScheduler;
        long sweep = Math.max(1, PART_TIMEOUT.toSeconds() / 4);
        newScheduler.scheduleWithFixedDelay(this::sweepUnfinished, sweep, sweep, TimeUnit.SECONDS);
    }

    void stop() {
        this.scheduler = null;
    }

    /** Answers one submit_sm; never throws, a bad PDU gets an error status. */
    SubmitSmResp process(SubmitSm submit) {
        SubmitSmResp response = submit.createResponse();
        Instant submittedAt = clock.instant();
        SubmittedPart part;
        try {
            part = SubmitDecoder.decode(submit, settings.countryCode());
        } catch (InvalidDestinationException e) {
            log.warn("Demo SMSC: submit_sm refused: {}", e.getMessage());
            response.setCommandStatus(SmppConstants.STATUS_INVDSTADR);
            return response;
        } catch (RuntimeException e) {
            log.warn("Demo SMSC: submit_sm refused, user data unreadable: {}", e.getMessage());
            response.setCommandStatus(SmppConstants.STATUS_SUBMITFAIL);
            return response;
        }
        String messageId = Long.toHexString(lastMessageId.incrementAndGet()).toUpperCase(Locale.ROOT);
        response.setMessageId(messageId);
        show(part);
        if ((submit.getRegisteredDelivery() & SmppConstants.REGISTERED_DELIVERY_SMSC_RECEIPT_MASK)
                == SmppConstants.REGISTERED_DELIVERY_SMSC_RECEIPT_REQUESTED) {
            scheduleReceipt(messageId, part, submittedAt);
        }
        return response;
    }

    private void show(SubmittedPart part) {
        if (part.concat().isEmpty() || part.concat().get().total() == 1) {
            conversations.record(part.phone(), false, part.text());
            return;
        }
        // Keyed by both ends, so two ESMEs' references to one phone never mix.
        String key = part.phone() + "|" + part.source().digits();
        parts.add(key, part.concat().get(), part.text())
                .ifPresent(whole -> conversations.record(part.phone(), false, whole.text()));
    }

    private void sweepUnfinished() {
        for (Reassembled unfinished : parts.expire()) {
            String phone = unfinished.key().substring(0, unfinished.key().indexOf('|'));
            log.info("Demo SMSC: long reply to {} came with {} of {} parts", phone, unfinished.partsReceived(),
                    unfinished.total());
            conversations.record(phone, false, unfinished.text() + MISSING_PARTS_MARK);
        }
    }

    /** The handset's receipt comes a little after the submit, and after the submit_sm_resp. */
    private void scheduleReceipt(String messageId, SubmittedPart part, Instant submittedAt) {
        Runnable sendReceipt = () -> outbox.accept(List.of(delivers.receipt(messageId, part.destination(),
                part.source(), submittedAt, clock.instant(), part.text())));
        ScheduledExecutorService current = scheduler;
        try {
            if (current == null) {
                sendReceipt.run();
            } else {
                current.schedule(sendReceipt, settings.receiptDelay().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException stopping) {
            sendReceipt.run(); // queued for the next start, as an SMSC keeps its receipts
        }
    }
}
