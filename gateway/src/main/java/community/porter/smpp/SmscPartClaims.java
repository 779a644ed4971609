package community.porter.smpp;

import community.porter.sms.PendingPartStore;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Which long MOs are on their way into Porter right now, shared by all consumers of a
 * component, so that each message is passed on once even when its last parts arrive at the
 * same moment on several workers or connections, or while the timeout sweep gives it up.
 *
 * <p>Deciding whether a message is whole happens under a lock per message (striped), so a
 * worker that finds the message claimed knows its own part, committed before, is in the claimed
 * message; a claim lasts until the exchange carrying the message is done. The inbox's check that
 * no part is taken twice guards the same thing in the database.
 */
final class SmscPartClaims {

    private static final int STRIPES = 64;

    private final Object[] locks = new Object[STRIPES];
    private final Set<PendingPartStore.Group> claimed = ConcurrentHashMap.newKeySet();

    SmscPartClaims() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Runs {@code decide} for an unclaimed message and claims the message when it returns
     * something.
     *
     * @return what {@code decide} returned; empty, without running it, when the message is claimed
     */
    <T> Optional<T> claimIf(PendingPartStore.Group group, Supplier<Optional<T>> decide) {
        synchronized (locks[Math.floorMod(group.hashCode(), STRIPES)]) {
            if (claimed.contains(group)) {
                return Optional.empty();
            }
            Optional<T> result = decide.get();
            if (result.isPresent()) {
                claimed.add(group);
            }
            return result;
        }
    }

    /** The message's exchange is done, stored or not. */
    void release(PendingPartStore.Group group) {
        claimed.remove(group);
    }
}
