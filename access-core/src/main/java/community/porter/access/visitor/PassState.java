package community.porter.access.visitor;

/** State of a visitor pass; a pass is live while {@code ACTIVE} and within its validity. */
public enum PassState {
    ACTIVE,
    /** Withdrawn by staff or because the visitor phone was blacklisted. */
    REVOKED,
    /** Past its validity, marked by the expiry sweep. */
    EXPIRED
}
