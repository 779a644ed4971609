package community.porter.access.person;

/** What a staff role allows over the rooms and doors at or under its node. */
public enum Permission {
    /** Open doors ({@code KM}). */
    DOOR,
    /** Approve, deny and invite visitors ({@code TY}, {@code JJ}, {@code FK}). */
    VISITOR,
    /** Send broadcasts ({@code GB}). */
    BROADCAST,
    /** Blacklist visitor phones ({@code LH}). */
    BLACKLIST,
    /** Look up residents and doors of a room ({@code CX <room>}). */
    QUERY
}
