package community.porter.access.message;

import java.time.Instant;

/**
 * What a search of the message log asks for; every {@code null} component leaves its criterion
 * out. A criterion that only one direction has narrows the search to that direction: a command,
 * an outcome or an inbound state to received messages, an outbound state to sent ones.
 *
 * @param phone the sender of a received message or the recipient of a sent one (E.164)
 * @param direction only received or only sent messages
 * @param inboundState the state of received messages
 * @param outboundState the state of sent messages
 * @param command the command code a received message was read as ({@code KM} …)
 * @param outcome the outcome of a received message's command
 * @param text words the text contains
 * @param from the earliest time, inclusive
 * @param to the latest time, exclusive
 */
public record MessageFilter(String phone, MessageDirection direction, InboxMessage.State inboundState,
        OutboxMessage.State outboundState, String command, CommandOutcome outcome, String text, Instant from,
        Instant to) {

    /** No criterion: every message in scope. */
    public static MessageFilter none() {
        return new MessageFilter(null, null, null, null, null, null, null, null, null);
    }

    boolean includesInbound() {
        return direction != MessageDirection.OUT && outboundState == null;
    }

    boolean includesOutbound() {
        return direction != MessageDirection.IN && inboundState == null && command == null && outcome == null;
    }
}
