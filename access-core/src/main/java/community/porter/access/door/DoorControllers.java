package community.porter.access.door;

import community.porter.access.card.Card;
import community.porter.access.card.CardRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What door controllers report about themselves and their doors: heartbeats (online state),
 * openings (access records), and silence (offline).
 */
@Service
public class DoorControllers {

    private static final Logger log = LoggerFactory.getLogger(DoorControllers.class);

    private final DoorRepository doors;
    private final CardRepository cards;
    private final AccessRecordRepository records;
    private final Clock clock;

    public DoorControllers(DoorRepository doors, CardRepository cards, AccessRecordRepository records, Clock clock) {
        this.doors = doors;
        this.cards = cards;
        this.records = records;
        this.clock = clock;
    }

    /**
     * The controller is alive: its doors are online. Porter's clock, not the controller's, dates
     * the heartbeat, so a controller with a wrong clock is not marked offline at once.
     *
     * @return how many doors the controller drives (0: unknown controller)
     */
    @Transactional
    public int heartbeat(String controllerId) {
        List<Door> driven = doors.findByControllerId(controllerId);
        Instant now = clock.instant();
        driven.forEach(door -> door.heartbeat(now));
        return driven.size();
    }

    /** Marks offline every door whose controller has been silent since {@code silentSince}. */
    @Transactional
    public int markSilentOffline(Instant silentSince) {
        int count = doors.markSilentOffline(silentSince);
        if (count > 0) {
            log.warn("{} doors went offline: no heartbeat since {}", count, silentSince);
        }
        return count;
    }

    /** The door with code {@code doorCode} driven by {@code controllerId}. */
    @Transactional(readOnly = true)
    public Optional<Door> door(String controllerId, String doorCode) {
        return doors.findByControllerId(controllerId).stream()
                .filter(door -> doorCode == null || door.getCode().equalsIgnoreCase(doorCode))
                .findFirst();
    }

    /**
     * Records an opening (or a refusal) the controller decided itself: a card, a pass code at the
     * keypad, a phone call.
     *
     * @return false when the door is unknown
     */
    @Transactional
    public boolean recordOpening(String controllerId, String doorCode, String cardNumber, String phone,
            boolean granted, String detail, Instant at) {
        Optional<Door> door = door(controllerId, doorCode);
        if (door.isEmpty()) {
            return false;
        }
        Card card = cardNumber == null ? null : cards.findByNumber(cardNumber).orElse(null);
        String note = detail;
        if (cardNumber != null && card == null) {
            note = "unknown card " + cardNumber;
        }
        records.save(new AccessRecord(door.get(), card, null, phone, at == null ? clock.instant() : at,
                granted ? AccessResult.GRANTED : AccessResult.DENIED, note));
        return true;
    }
}
