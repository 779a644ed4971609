package community.porter.access.message;

import java.time.Instant;

/**
 * A message another application asks Porter to send, through the REST API or the
 * {@code porter.sms.outbound} queue, as it arrived: {@link AppMessages} checks it.
 *
 * @param to         the recipient as the application wrote it; normalised to E.164 with the
 *                   configured country code
 * @param text       what to send; split into parts by the transport
 * @param validUntil when sending it stops making sense; {@code null} for no limit
 * @param priority   its lane; {@code null} for {@link AppPriority#NORMAL}
 * @param clientRef  the application's own reference, unique across applications: sending the same
 *                   reference again returns the message stored the first time instead of a
 *                   second copy; {@code null} when the application does not need that
 * @param origin     who asked, for the record (an API client's name, {@code queue}); never a key
 */
public record AppMessage(String to, String text, Instant validUntil, AppPriority priority, String clientRef,
        String origin) {
}
