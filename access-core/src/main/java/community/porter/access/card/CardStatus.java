package community.porter.access.card;

/** Status of an access card; only an {@code ACTIVE} card opens doors. */
public enum CardStatus {
    ACTIVE,
    /** Reported lost ({@code GS}); blocked on every controller, can be unblocked ({@code JG}). */
    LOST,
    /** Withdrawn for good, e.g. when the holder moves out or it was replaced. */
    CANCELLED,
    /** Broken; normally replaced by a new card. */
    DAMAGED
}
