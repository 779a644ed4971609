package community.porter.console.cards;

import community.porter.access.card.Card;
import community.porter.access.card.CardRepository;
import community.porter.access.person.PersonRepository;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.OutOfScopeException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one check every card id from a request passes: the card exists and its holder lies in the
 * actor's scope; otherwise it does not exist for them.
 */
@Component
class CardScope {

    private final CardRepository cards;
    private final PersonRepository people;

    CardScope(CardRepository cards, PersonRepository people) {
        this.cards = cards;
        this.people = people;
    }

    /** Card {@code id}, if the actor may see it. */
    Card require(ConsoleActor actor, long id) {
        return inScope(actor, cards.findById(id));
    }

    /** Card {@code id}, if the actor may see it, locked until the caller's transaction ends. */
    Card requireForChange(ConsoleActor actor, long id) {
        return inScope(actor, cards.findForChange(id));
    }

    private Card inScope(ConsoleActor actor, Optional<Card> found) {
        Card card = found.orElseThrow(OutOfScopeException::new);
        if (!people.isInScope(card.getHolder().getId(), actor.nodePath())) {
            throw new OutOfScopeException();
        }
        return card;
    }
}
