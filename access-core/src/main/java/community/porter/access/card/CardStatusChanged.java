package community.porter.access.card;

/**
 * Published (as a Spring application event, inside the transaction) when a card is reported lost
 * or unblocked again.
 *
 * @param card       the card in its new status
 * @param caseNumber the loss case opened for a lost card; {@code null} for an unblocked one
 */
public record CardStatusChanged(Card card, String caseNumber) {
}
