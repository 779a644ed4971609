package community.porter.console.cards;

import community.porter.access.card.Card;
import community.porter.access.card.CardStatus;
import java.time.Instant;

/**
 * A card as the pages show it, read inside the service's transaction so that no template touches
 * a lazy association.
 *
 * @param replacedBy the number of the card that replaced it, or {@code null}
 */
public record CardView(long id, String number, long holderId, String holderName, CardStatus status, String community,
        String replacedBy, Instant issuedAt, Instant statusChangedAt) {

    static CardView of(Card card) {
        return new CardView(card.getId(), card.getNumber(), card.getHolder().getId(), card.getHolder().getName(),
                card.getStatus(), card.getCommunity().getName(),
                card.getReplacedBy() == null ? null : card.getReplacedBy().getNumber(), card.getIssuedAt(),
                card.getStatusChangedAt());
    }

    public boolean isActive() {
        return status == CardStatus.ACTIVE;
    }

    public boolean isLost() {
        return status == CardStatus.LOST;
    }

    public boolean isCancelled() {
        return status == CardStatus.CANCELLED;
    }

    /** The badge colour of the status. */
    public String tone() {
        return switch (status) {
            case ACTIVE -> "ok";
            case LOST, DAMAGED -> "warn";
            case CANCELLED -> "bad";
        };
    }
}
