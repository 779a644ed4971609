package community.porter.access.message;

/** The machine-readable outcome of one inbound message (SPEC §3.4). */
public enum CommandOutcome {
    OK,
    UNKNOWN_COMMAND,
    BAD_SYNTAX,
    NOT_REGISTERED,
    FORBIDDEN,
    NOT_FOUND,
    EXPIRED,
    DOOR_OFFLINE,
    DOOR_TIMEOUT,
    RATE_LIMITED,
    BLACKLISTED,
    DUPLICATE,
    ERROR
}
