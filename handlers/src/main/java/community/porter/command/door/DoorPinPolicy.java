package community.porter.command.door;

import community.porter.access.door.Door;
import community.porter.access.person.Sender;
import java.util.Optional;

/**
 * The community's PIN policy for {@code KM} (SPEC §3.2 "optional PIN policy"). The default,
 * {@link #NONE}, accepts a PIN but asks for none; a community that wants PINs provides a bean
 * of this type (it then also owns the count of wrong tries and the lock of SPEC §3.5).
 */
@FunctionalInterface
public interface DoorPinPolicy {

    /** No PIN needed; a PIN given is ignored. */
    DoorPinPolicy NONE = (sender, door, pin) -> Verdict.ACCEPTED;

    /** Whether {@code sender} may open {@code door} with {@code pin} (possibly none). */
    Verdict check(Sender sender, Door door, Optional<String> pin);

    /** What the policy says. */
    enum Verdict {
        /** Go on. */
        ACCEPTED,
        /** This door needs a PIN and none was given. */
        REQUIRED,
        /** The PIN is wrong. */
        WRONG
    }
}
