/**
 * Events for other applications (docs/integration.md): written in the transaction of their cause
 * (outbox, inbox, doors, passes, cards) and relayed to the broker afterwards, at least once, each
 * with a stable {@code eventId}.
 */
package community.porter.access.event;
