package community.porter.command.pipeline;

/** Who may send a command at all (SPEC §3.2 "who"). */
public enum Audience {
    /** Any phone, registered or not ({@code H}, {@code SQ}). */
    ANYONE,
    /** A phone whose binding is still pending ({@code BD}); active phones may send it too. */
    PENDING_PHONE,
    /** An active registered phone. */
    REGISTERED
}
