package community.porter.access.message;

/** The lane an application's message is sent in, against Porter's own traffic. */
public enum AppPriority {
    /** With door answers and approvals: for what a person is waiting for at a gate. */
    URGENT(0),
    /** With command replies; the default. */
    NORMAL(5),
    /** With broadcasts: after everything else, at the connectors' pace. */
    BULK(9);

    private final int outboxPriority;

    AppPriority(int outboxPriority) {
        this.outboxPriority = outboxPriority;
    }

    /** The outbox priority of the lane: lower is sooner. */
    public int outboxPriority() {
        return outboxPriority;
    }
}
