package community.porter.console.cards;

import community.porter.access.card.Card;
import community.porter.access.card.CardDesk;
import community.porter.access.card.CardNumberTakenException;
import community.porter.access.card.CardRegistry;
import community.porter.access.card.CardRepository;
import community.porter.access.card.CardStatus;
import community.porter.access.card.LossReport;
import community.porter.access.card.Unblocking;
import community.porter.access.org.Room;
import community.porter.access.person.InvalidPhoneNumberException;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneNumbers;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleAudit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The cards of the console, within the user's scope: a card is theirs when its holder is. Losing
 * and unblocking go through {@link CardDesk}, the code behind {@code GS} and {@code JG}, so the
 * controllers are told exactly as after an SMS; every change is audited in its transaction.
 */
@Service
public class CardConsole {

    static final int PAGE_SIZE = 50;
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9-]{1,32}");

    private final CardRepository cards;
    private final CardScope scope;
    private final CardDesk desk;
    private final CardRegistry registry;
    private final PhoneRepository phones;
    private final PhoneNumbers phoneNumbers;
    private final PersonRepository people;
    private final RoomMembershipRepository memberships;
    private final ConsoleAudit audit;
    private final String countryCode;

    CardConsole(CardRepository cards, CardScope scope, CardDesk desk, CardRegistry registry, PhoneRepository phones,
            PhoneNumbers phoneNumbers, PersonRepository people, RoomMembershipRepository memberships,
            ConsoleAudit audit, @Value("${porter.country-code:86}") String countryCode) {
        this.cards = cards;
        this.scope = scope;
        this.desk = desk;
        this.registry = registry;
        this.phones = phones;
        this.phoneNumbers = phoneNumbers;
        this.people = people;
        this.memberships = memberships;
        this.audit = audit;
        this.countryCode = countryCode;
    }

    /**
     * One page of the cards in scope, in {@code status} (any: {@code null}), whose number, holder
     * name or holder phone contains {@code query}. A search names people, so it is audited.
     */
    @Transactional
    public Page<CardView> list(ConsoleActor actor, String query, CardStatus status, int page) {
        String term = query == null ? "" : query.strip().toUpperCase(Locale.ROOT);
        if (!term.isEmpty()) {
            audit.read(actor, "CARDS_SEARCHED", "card", null, term);
        }
        return cards.findInScope(actor.nodePath(), status, term, PageRequest.of(Math.max(0, page), PAGE_SIZE))
                .map(CardView::of);
    }

    /** Card {@code id}, when it is in scope. */
    @Transactional(readOnly = true)
    public CardView card(ConsoleActor actor, long id) {
        return CardView.of(scope.require(actor, id));
    }

    /**
     * Issues a card to the person with phone {@code form.holderPhone}, in the community of their
     * room in scope. Problems go to {@code errors} (field errors) and nothing is stored.
     *
     * @return the new card's id, empty when {@code errors} has errors
     */
    @Transactional
    public Optional<Long> issue(ConsoleActor actor, IssueCardForm form, Errors errors) {
        String number = validNumber(form.getNumber(), "number", errors);
        Optional<Room> room = holderRoom(actor, form.getHolderPhone(), errors);
        if (errors.hasErrors() || room.isEmpty()) {
            return Optional.empty();
        }
        Person holder = phones.findWithPersonByE164(phoneNumbers.normalise(form.getHolderPhone(), countryCode))
                .orElseThrow().getPerson();
        try {
            Card card = registry.issue(number, holder, room.get().getCommunity());
            audit.record(actor, "CARD_ISSUED", "card", card.getId(), card.getNumber());
            return Optional.of(card.getId());
        } catch (CardNumberTakenException e) {
            errors.rejectValue("number", "cards.error.numberTaken", new Object[] {e.getNumber()}, null);
            return Optional.empty();
        }
    }

    /** Reports card {@code id} lost, as {@code GS} does: every controller of its community blocks it. */
    @Transactional
    public CardView reportLost(ConsoleActor actor, long id) {
        Card card = scope.requireForChange(actor, id);
        LossReport report = desk.reportLost(card);
        if (!(report instanceof LossReport.Reported reported)) {
            throw new CardActionRefused("cards.refused.lose", card.getId());
        }
        audit.record(actor, "CARD_LOST", "card", card.getId(), card.getNumber() + " " + reported.caseNumber());
        return CardView.of(card);
    }

    /** Unblocks lost card {@code id}, as {@code JG} does, without a secret: staff checked in person. */
    @Transactional
    public CardView unblock(ConsoleActor actor, long id) {
        Card card = scope.requireForChange(actor, id);
        if (!(desk.unblock(card) instanceof Unblocking.Unblocked)) {
            throw new CardActionRefused("cards.refused.unblock", card.getId());
        }
        audit.record(actor, "CARD_UNBLOCKED", "card", card.getId(), card.getNumber());
        return CardView.of(card);
    }

    /**
     * Replaces card {@code id} by a new card {@code form.number}; problems with the number go to
     * {@code errors}.
     *
     * @return the new card, empty when {@code errors} has errors
     */
    @Transactional
    public Optional<CardView> replace(ConsoleActor actor, long id, ReplaceCardForm form, Errors errors) {
        Card old = scope.requireForChange(actor, id);
        if (old.getStatus() == CardStatus.CANCELLED) {
            throw new CardActionRefused("cards.refused.replace", old.getId());
        }
        String number = validNumber(form.getNumber(), "number", errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            Card successor = registry.replace(old, number);
            audit.record(actor, "CARD_REPLACED", "card", old.getId(), old.getNumber() + " -> " + successor.getNumber());
            return Optional.of(CardView.of(successor));
        } catch (CardNumberTakenException e) {
            errors.rejectValue("number", "cards.error.numberTaken", new Object[] {e.getNumber()}, null);
            return Optional.empty();
        }
    }

    /** Cancels card {@code id} for good; an active one is blocked on the controllers. */
    @Transactional
    public CardView cancel(ConsoleActor actor, long id) {
        Card card = scope.requireForChange(actor, id);
        if (card.getStatus() == CardStatus.CANCELLED) {
            throw new CardActionRefused("cards.refused.cancel", card.getId());
        }
        registry.cancel(card);
        audit.record(actor, "CARD_CANCELLED", "card", card.getId(), card.getNumber());
        return CardView.of(card);
    }

    private static String validNumber(String raw, String field, Errors errors) {
        String number = CardRegistry.normalise(raw);
        if (number.isEmpty()) {
            errors.rejectValue(field, "cards.error.numberRequired");
        } else if (!NUMBER.matcher(number).matches()) {
            errors.rejectValue(field, "cards.error.numberInvalid");
        }
        return number;
    }

    /** The room in scope of the person with phone {@code raw}, whose community the card is for. */
    private Optional<Room> holderRoom(ConsoleActor actor, String raw, Errors errors) {
        if (raw == null || raw.isBlank()) {
            errors.rejectValue("holderPhone", "cards.error.holderRequired");
            return Optional.empty();
        }
        String e164;
        try {
            e164 = phoneNumbers.normalise(raw, countryCode);
        } catch (InvalidPhoneNumberException e) {
            errors.rejectValue("holderPhone", "cards.error.phoneInvalid");
            return Optional.empty();
        }
        Optional<Person> holder = phones.findWithPersonByE164(e164).map(Phone::getPerson)
                .filter(p -> people.isInScope(p.getId(), actor.nodePath()));
        if (holder.isEmpty()) {
            // Out of scope and unknown read the same: the page must not confirm another committee's phone.
            errors.rejectValue("holderPhone", "cards.error.holderUnknown");
            return Optional.empty();
        }
        Optional<Room> room = memberships.findByPersonId(holder.get().getId()).stream().map(RoomMembership::getRoom)
                .filter(r -> actor.covers(r.getUnit())).findFirst();
        if (room.isEmpty()) {
            errors.rejectValue("holderPhone", "cards.error.holderNoRoom");
        }
        return room;
    }
}
