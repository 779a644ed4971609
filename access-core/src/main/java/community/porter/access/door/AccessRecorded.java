package community.porter.access.door;

/**
 * Published (as a Spring application event, inside the transaction) when an access record is
 * saved: a door opened, refused or failed to open.
 *
 * @param record the saved record
 */
public record AccessRecorded(AccessRecord record) {
}
