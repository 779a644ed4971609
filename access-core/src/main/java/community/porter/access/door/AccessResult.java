package community.porter.access.door;

/** What came of an attempt to open a door. */
public enum AccessResult {
    /** The door opened. */
    GRANTED,
    /** Refused: no right, blocked card, expired or revoked pass, blacklisted phone. */
    DENIED,
    /** Allowed, but the door did not open: controller offline or no acknowledgement in time. */
    FAILED
}
