package community.porter.access.door;

/**
 * Published (as a Spring application event) when a door command is stored. A listener bound to
 * the transaction's commit publishes it to the controllers; a rolled-back command is never seen.
 *
 * @param commandId the stored command's id
 */
public record DoorCommandQueued(long commandId) {
}
