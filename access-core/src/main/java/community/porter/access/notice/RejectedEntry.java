package community.porter.access.notice;

/**
 * An entry of an uploaded phone list that was not taken, reported back rather than dropped.
 *
 * @param entry  the entry as uploaded
 * @param reason why it was not taken ({@code too short}, {@code duplicate of +86138…})
 */
public record RejectedEntry(String entry, String reason) {
}
