package community.porter.sms;

import java.time.Instant;
import java.util.Objects;

/**
 * One mobile-originated message as a transport hands it to Porter, long messages already
 * reassembled.
 *
 * @param connector     name of the connection or modem pool it arrived on (e.g. {@code main})
 * @param sender        originator as the network gave it; E.164 with a leading {@code +} where the
 *                      address was international
 * @param recipient     the service number it was sent to
 * @param text          decoded text of the whole message
 * @param transportId   the transport's own identity of the message where it has one (an SMSC
 *                      message id carried in a configured TLV, a modem's concatenation reference);
 *                      {@code null} when the transport gives none
 * @param smscTimestamp the service centre time stamp where the transport carries one, else
 *                      {@code null}
 * @param receivedAt    when Porter received the (last part of the) message
 * @param incomplete    true when some parts of a long message never arrived and the text is what
 *                      came
 */
public record InboundSms(
        String connector,
        String sender,
        String recipient,
        String text,
        String transportId,
        Instant smscTimestamp,
        Instant receivedAt,
        boolean incomplete) {

    public InboundSms {
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
