package community.porter.access.notice;

/**
 * A phone a broadcast target reaches, and whether its owner opted out of all notices.
 *
 * @param e164        the number
 * @param optedOutAll true after a bare {@code TD}
 */
public record AudiencePhone(String e164, boolean optedOutAll) {
}
