package community.porter.console.phones;

import community.porter.access.person.PhoneBinding;
import community.porter.access.person.PhoneBindings;
import java.time.Instant;

/** Where a phone's latest binding stands, as the detail page tells the administrator. */
enum BindingState {
    /** No binding was ever started (a phone imported as verified, or registered before). */
    NONE,
    /** A code is out and may still be texted back. */
    WAITING,
    /** The code was not texted back in time: a new one is needed. */
    EXPIRED,
    /** Too many wrong codes: a new one is needed. */
    LOCKED,
    /** The owner texted the right code back. */
    CONFIRMED;

    static BindingState of(PhoneBinding latest, Instant now) {
        if (latest == null) {
            return NONE;
        }
        if (latest.getConfirmedAt() != null) {
            return CONFIRMED;
        }
        if (latest.getTries() >= PhoneBindings.MAX_TRIES) {
            return LOCKED;
        }
        return now.isBefore(latest.getExpiresAt()) ? WAITING : EXPIRED;
    }
}
