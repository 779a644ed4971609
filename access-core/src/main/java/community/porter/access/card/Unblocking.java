package community.porter.access.card;

/** What an attempt to unblock a lost card ({@code JG}) came to. */
public sealed interface Unblocking {

    /** The card is active again and every controller of its community is told to accept it. */
    record Unblocked(String card) implements Unblocking {
    }

    /** There is no such card. */
    record Unknown(String card) implements Unblocking {
    }

    /** The card exists but is neither the sender's nor in the sender's staff scope. */
    record NotYours(String card) implements Unblocking {
    }

    /** The card is not lost. */
    record NotLost(String card) implements Unblocking {
    }

    /** The secret was wrong; {@code triesLeft} more before the lock. */
    record WrongSecret(String card, int triesLeft) implements Unblocking {
    }

    /**
     * Unblocking is locked for this phone and card.
     *
     * @param minutes       how long a lock lasts
     * @param justLocked    this attempt started the lock (staff are to be told, once)
     * @param communityPath path of the card's community: the staff over it are the ones to tell
     */
    record Locked(String card, long minutes, boolean justLocked, String communityPath) implements Unblocking {
    }
}
