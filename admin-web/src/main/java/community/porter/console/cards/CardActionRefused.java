package community.porter.console.cards;

/**
 * A card action that the card's status does not allow (unblock an active card, replace a
 * cancelled one): nothing changed, and the page says why with the message {@code key}.
 */
class CardActionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final long cardId;

    CardActionRefused(String key, long cardId) {
        super(key + " " + cardId);
        this.key = key;
        this.cardId = cardId;
    }

    String key() {
        return key;
    }

    long cardId() {
        return cardId;
    }
}
