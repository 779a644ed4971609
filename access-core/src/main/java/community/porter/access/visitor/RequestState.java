package community.porter.access.visitor;

/** Life cycle of a visitor request. Every state but {@code PENDING} is final. */
public enum RequestState {
    PENDING,
    APPROVED,
    DENIED,
    /** Nobody answered in time. */
    EXPIRED,
    /** Withdrawn, e.g. because the visitor phone was blacklisted. */
    REVOKED
}
