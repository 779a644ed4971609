package community.porter.access.visitor;

/** What a visitor-desk operation came to; the command handlers turn it into replies. */
public enum DeskOutcome {
    /** Done as asked. */
    DONE,
    /** {@code SQ}: no room with that code. */
    NO_SUCH_ROOM,
    /** {@code SQ}/{@code FK}: the visitor phone is blacklisted in the community. */
    BLACKLISTED,
    /** {@code SQ}: the phone already waits for an answer about that room; nothing new was sent. */
    ALREADY_PENDING,
    /** {@code SQ}: the room has no active resident phone and no staff on duty may approve. */
    NO_APPROVER,
    /** {@code TY}/{@code JJ}: no recent request uses the code. */
    NO_SUCH_REQUEST,
    /** The sender may not do this (not a resident of the room, no staff permission over it). */
    NOT_ALLOWED,
    /** {@code TY}/{@code JJ}: the request ran out of time. */
    EXPIRED,
    /** {@code TY}/{@code JJ}: someone else answered the request first. */
    ALREADY_ANSWERED,
    /** {@code FK}: the sender has no room to invite a visitor to. */
    NO_ROOM,
    /** {@code LH}: the phone was blacklisted already everywhere the sender may blacklist. */
    ALREADY_BLACKLISTED
}
