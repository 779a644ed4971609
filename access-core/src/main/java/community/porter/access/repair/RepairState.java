package community.porter.access.repair;

/** Life cycle of a repair ticket. */
public enum RepairState {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
