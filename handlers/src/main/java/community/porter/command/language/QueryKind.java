package community.porter.command.language;

/** What {@code CX} asks for (SPEC §3.2). */
public enum QueryKind {
    /** {@code CX}: a summary of the sender's cards, passes and recent access. */
    SUMMARY,
    /** {@code CX KP}: the sender's cards and their status. */
    CARDS,
    /** {@code CX JL [n]}: the sender's last n access records. */
    RECORDS,
    /** {@code CX FK}: the sender's live visitor passes. */
    PASSES,
    /** {@code CX <room>} (staff): residents and doors of a room in scope. */
    ROOM
}
