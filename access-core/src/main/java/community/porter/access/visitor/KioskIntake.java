package community.porter.access.visitor;

/**
 * A kiosk's request as stored.
 *
 * @param inboxId   the stored inbound message that carries it; its command-log row tells the
 *                  outcome, as for an {@code SQ} SMS
 * @param duplicate true when the request had been received before under the same reference, and
 *                  {@code inboxId} is that first one's
 */
public record KioskIntake(long inboxId, boolean duplicate) {
}
