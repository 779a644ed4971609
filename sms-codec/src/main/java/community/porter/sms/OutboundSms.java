package community.porter.sms;

import java.time.Instant;
import java.util.Objects;

/**
 * One mobile-terminated message handed to a transport for sending. It has already been stored
 * in the outbox under {@link #id()}.
 *
 * @param id         the outbox id; transports use it to correlate results and receipts
 * @param to         destination, E.164 with a leading {@code +}
 * @param from       source address (the service number), or {@code null} for the connection's
 *                   default
 * @param text       the text, split into parts by the transport
 * @param validUntil after this instant the message must not be sent; {@code null} for no limit
 * @param receipt    whether a delivery receipt is requested
 */
public record OutboundSms(long id, String to, String from, String text, Instant validUntil, boolean receipt) {

    public OutboundSms {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
    }
}
