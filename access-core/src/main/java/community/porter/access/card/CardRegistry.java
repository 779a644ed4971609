package community.porter.access.card;

import community.porter.access.door.DoorCommands;
import community.porter.access.door.DoorGrant;
import community.porter.access.door.DoorGrantRepository;
import community.porter.access.door.DoorRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.person.Person;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a card outside loss and unblocking ({@link CardDesk}): issuing, replacing and
 * cancelling, as staff do at the desk. A card that stops opening while it was active is blocked
 * on every controller of its community in the same transaction, as a lost one is.
 */
@Service
public class CardRegistry {

    private final CardRepository cards;
    private final CardLossCaseRepository cases;
    private final DoorGrantRepository grants;
    private final DoorRepository doors;
    private final DoorCommands doorCommands;
    private final Clock clock;

    public CardRegistry(CardRepository cards, CardLossCaseRepository cases, DoorGrantRepository grants,
            DoorRepository doors, DoorCommands doorCommands, Clock clock) {
        this.cards = cards;
        this.cases = cases;
        this.grants = grants;
        this.doors = doors;
        this.doorCommands = doorCommands;
        this.clock = clock;
    }

    /** A card number as stored: people type it in commands, where it is read upper case. */
    public static String normalise(String number) {
        return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Issues a new active card {@code number} to {@code holder} in {@code community}.
     *
     * @throws CardNumberTakenException when a card has the number already
     */
    @Transactional(noRollbackFor = CardNumberTakenException.class) // thrown before anything changed
    public Card issue(String number, Person holder, OrgNode community) {
        String normalised = requireFree(number);
        return cards.save(new Card(normalised, holder, community, clock.instant()));
    }

    /**
     * Replaces {@code old} by a new card {@code number} for the same holder and community. The old
     * card is cancelled with {@code replacedBy} set; the new one gets the same explicit door grants.
     *
     * @throws CardNumberTakenException when a card has the number already
     * @throws IllegalStateException    when {@code old} is cancelled
     */
    @Transactional(noRollbackFor = CardNumberTakenException.class) // thrown before anything changed
    public Card replace(Card old, String number) {
        if (old.getStatus() == CardStatus.CANCELLED) {
            throw new IllegalStateException("cannot replace cancelled card " + old.getNumber());
        }
        String normalised = requireFree(number);
        Instant now = clock.instant();
        boolean wasActive = old.isActive();
        Card successor = cards.save(new Card(normalised, old.getHolder(), old.getCommunity(), now));
        old.replaceBy(successor, now);
        for (DoorGrant grant : grants.findByCardId(old.getId())) {
            grants.save(new DoorGrant(successor, grant.getDoor(), grant.getWeekdays(), grant.getTimeFrom(),
                    grant.getTimeTo(), grant.getValidTo()));
        }
        retire(old, wasActive, now);
        return successor;
    }

    /**
     * Cancels {@code card} for good.
     *
     * @throws IllegalStateException when it is cancelled already
     */
    @Transactional
    public void cancel(Card card) {
        if (card.getStatus() == CardStatus.CANCELLED) {
            throw new IllegalStateException("card " + card.getNumber() + " is cancelled already");
        }
        Instant now = clock.instant();
        boolean wasActive = card.isActive();
        card.cancel(now);
        retire(card, wasActive, now);
    }

    /** A card that no longer opens: its loss case is over, and controllers that accepted it refuse it. */
    private void retire(Card card, boolean wasActive, Instant now) {
        cases.findFirstByCardIdAndResolvedAtIsNullOrderByIdDesc(card.getId()).ifPresent(c -> c.resolve(now));
        if (wasActive) {
            // A lost or damaged card was not accepted anyway; an active one must be refused from now on.
            doorCommands.blockCard(card, doors.findByCommunityIdOrderByCodeAsc(card.getCommunity().getId()));
        }
    }

    private String requireFree(String number) {
        String normalised = normalise(number);
        if (cards.findByNumber(normalised).isPresent()) {
            throw new CardNumberTakenException(normalised);
        }
        return normalised;
    }
}
