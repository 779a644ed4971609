package community.porter.access.card;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lock of SPEC §3.5 for {@code JG}: wrong secrets are counted per phone and card, and the
 * last allowed one locks unblocking for that phone and card for {@link CardsProperties#unblockLock()}.
 * Joins the caller's transaction, so a count commits with the reply that tells about it.
 */
@Service
public class UnblockLocks {

    private final UnblockTriesRepository tries;
    private final CardsProperties properties;
    private final Clock clock;

    public UnblockLocks(UnblockTriesRepository tries, CardsProperties properties, Clock clock) {
        this.tries = tries;
        this.properties = properties;
        this.clock = clock;
    }

    /** True while {@code phone} may not try to unblock {@code card}. */
    @Transactional
    public boolean isLocked(String phone, String card) {
        Instant now = clock.instant();
        return tries.findByPhoneAndCardNumber(phone, card).map(t -> t.isLocked(now)).orElse(false);
    }

    /**
     * Counts a wrong secret.
     *
     * @return the tries left; 0 means this one locked unblocking
     */
    @Transactional
    public int countWrong(String phone, String card) {
        Instant now = clock.instant();
        UnblockTries row = tries.findByPhoneAndCardNumber(phone, card)
                .orElseGet(() -> tries.save(new UnblockTries(phone, card, now)));
        return row.countWrong(now, properties.unblockTries(), properties.unblockWindow(), properties.unblockLock());
    }

    /** The right secret: earlier mistakes no longer count. */
    @Transactional
    public void forget(String phone, String card) {
        tries.deleteByPhoneAndCardNumber(phone, card);
    }

    /** How long a lock lasts, in whole minutes (for the replies). */
    public long lockMinutes() {
        return Math.max(1, properties.unblockLock().toMinutes());
    }
}
