package community.porter.access.person;

/** Life cycle of a registered phone. */
public enum PhoneStatus {
    /** Added in the console; waits for the owner to confirm the binding by SMS ({@code BD}). */
    PENDING,
    /** Confirmed: the phone may use the resident and staff commands. */
    ACTIVE,
    /** Barred by an administrator; treated like an unregistered phone. */
    SUSPENDED
}
