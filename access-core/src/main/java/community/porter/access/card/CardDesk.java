package community.porter.access.card;

import community.porter.access.door.DoorCommands;
import community.porter.access.door.DoorRepository;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.Sender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports cards lost and unblocks them again ({@code GS}, {@code JG}): decides whether the sender
 * may, then changes the card and tells every controller of its community, all in the caller's
 * transaction (door commands reach the controllers only after it commits).
 *
 * <p>A holder acts on their own cards; staff on any card of a community at or under their nodes.
 */
@Service
public class CardDesk {

    private static final DateTimeFormatter CASE_DATE = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);

    private final CardRepository cards;
    private final CardLossCaseRepository cases;
    private final DoorRepository doors;
    private final DoorCommands doorCommands;
    private final PhoneRepository phones;
    private final CardSecrets secrets;
    private final UnblockLocks locks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CardDesk(CardRepository cards, CardLossCaseRepository cases, DoorRepository doors, DoorCommands doorCommands,
            PhoneRepository phones, CardSecrets secrets, UnblockLocks locks, ApplicationEventPublisher events,
            Clock clock) {
        this.cards = cards;
        this.cases = cases;
        this.doors = doors;
        this.doorCommands = doorCommands;
        this.phones = phones;
        this.secrets = secrets;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
    }

    /** {@code GS [card]}: without a number, the sender's only card in use. */
    @Transactional
    public LossReport reportLost(Sender sender, Optional<String> number) {
        Card card;
        if (number.isPresent()) {
            card = cards.findByNumber(number.get()).orElse(null);
            if (card == null) {
                return new LossReport.Unknown(number.get());
            }
            if (!mayActOn(sender, card)) {
                return new LossReport.NotYours(number.get());
            }
        } else {
            List<Card> own = cardsInUseOf(sender);
            if (own.isEmpty()) {
                return new LossReport.NoCard();
            }
            if (own.size() > 1) {
                return new LossReport.Choose(own.stream().map(Card::getNumber).toList());
            }
            card = own.get(0);
        }
        return lose(card, sender.phoneId());
    }

    /**
     * The console's {@code GS}: staff who already checked who is asking report {@code card} lost.
     * The same change as by SMS — a loss case (without a reporting phone) and a block command to
     * every controller of the card's community.
     */
    @Transactional
    public LossReport reportLost(Card card) {
        return lose(card, null);
    }

    private LossReport lose(Card card, Long reportedByPhoneId) {
        return switch (card.getStatus()) {
            case LOST -> new LossReport.AlreadyLost(card.getNumber(), openCaseNumber(card));
            case ACTIVE -> block(card, reportedByPhoneId);
            default -> new LossReport.NotInUse(card.getNumber(), card.getStatus());
        };
    }

    /** {@code JG <card> <secret>}: the secret is the holder's PIN or the last 4 of their ID. */
    @Transactional
    public Unblocking unblock(Sender sender, String number, String secret) {
        Card card = cards.findByNumber(number).orElse(null);
        if (card == null) {
            return new Unblocking.Unknown(number);
        }
        if (!mayActOn(sender, card)) {
            return new Unblocking.NotYours(number);
        }
        // Checked before anything else about the card: while locked, even the right secret is refused.
        if (locks.isLocked(sender.phone(), number)) {
            return new Unblocking.Locked(number, locks.lockMinutes(), false, card.getCommunity().getPath());
        }
        if (card.getStatus() != CardStatus.LOST) {
            return new Unblocking.NotLost(number);
        }
        if (!secrets.proves(card, secret)) {
            int left = locks.countWrong(sender.phone(), number);
            return left > 0 ? new Unblocking.WrongSecret(number, left)
                    : new Unblocking.Locked(number, locks.lockMinutes(), true, card.getCommunity().getPath());
        }
        locks.forget(sender.phone(), number);
        return reactivate(card);
    }

    /**
     * The console's {@code JG}: staff unblock a lost card for a holder whose identity they checked
     * in person, so no secret is asked. Controllers are told as after an SMS.
     */
    @Transactional
    public Unblocking unblock(Card card) {
        if (card.getStatus() != CardStatus.LOST) {
            return new Unblocking.NotLost(card.getNumber());
        }
        return reactivate(card);
    }

    private Unblocking reactivate(Card card) {
        Instant now = clock.instant();
        card.unblock(now);
        cases.findFirstByCardIdAndResolvedAtIsNullOrderByIdDesc(card.getId()).ifPresent(c -> c.resolve(now));
        doorCommands.unblockCard(card, doors.findByCommunityIdOrderByCodeAsc(card.getCommunity().getId()));
        events.publishEvent(new CardStatusChanged(card, null));
        return new Unblocking.Unblocked(card.getNumber());
    }

    private LossReport block(Card card, Long reportedByPhoneId) {
        Instant now = clock.instant();
        card.reportLost(now);
        String caseNumber = newCaseNumber(now);
        cases.save(new CardLossCase(caseNumber, card,
                reportedByPhoneId == null ? null : phones.getReferenceById(reportedByPhoneId), now));
        doorCommands.blockCard(card, doors.findByCommunityIdOrderByCodeAsc(card.getCommunity().getId()));
        events.publishEvent(new CardStatusChanged(card, caseNumber));
        return new LossReport.Reported(card.getNumber(), caseNumber);
    }

    private boolean mayActOn(Sender sender, Card card) {
        return sender.isRegistered() && (Objects.equals(card.getHolder().getId(), sender.personId())
                || sender.isStaffOver(card.getCommunity().getPath()));
    }

    private List<Card> cardsInUseOf(Sender sender) {
        if (sender.personId() == null) {
            return List.of();
        }
        return cards.findByHolderIdOrderByNumberAsc(sender.personId()).stream()
                .filter(c -> c.getStatus() == CardStatus.ACTIVE || c.getStatus() == CardStatus.LOST).toList();
    }

    private String openCaseNumber(Card card) {
        // A card set lost in the console before cases existed has none; the reply still needs a word.
        return cases.findFirstByCardIdAndResolvedAtIsNullOrderByIdDesc(card.getId())
                .map(CardLossCase::getCaseNumber).orElse("-");
    }

    /** {@code GS261123-482913}: the day, then a random part people can read out on the phone. */
    private String newCaseNumber(Instant now) {
        String day = "GS" + CASE_DATE.format(now) + "-";
        while (true) {
            String candidate = day + (100000 + ThreadLocalRandom.current().nextInt(900000));
            if (!cases.existsByCaseNumber(candidate)) {
                return candidate;
            }
        }
    }
}
