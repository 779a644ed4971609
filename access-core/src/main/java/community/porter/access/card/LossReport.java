package community.porter.access.card;

import java.util.List;

/** What a report of a lost card ({@code GS}) came to. */
public sealed interface LossReport {

    /** The card is now lost and every controller of its community is told to refuse it. */
    record Reported(String card, String caseNumber) implements LossReport {
    }

    /** It was lost already; nothing changed. */
    record AlreadyLost(String card, String caseNumber) implements LossReport {
    }

    /** No card was named and the sender holds none. */
    record NoCard() implements LossReport {
    }

    /** No card was named and the sender holds several: they must say which. */
    record Choose(List<String> cards) implements LossReport {
        public Choose {
            cards = List.copyOf(cards);
        }
    }

    /** There is no such card. */
    record Unknown(String card) implements LossReport {
    }

    /** The card exists but is neither the sender's nor in the sender's staff scope. */
    record NotYours(String card) implements LossReport {
    }

    /** The card is cancelled or damaged: it opens nothing, so there is nothing to block. */
    record NotInUse(String card, CardStatus status) implements LossReport {
    }
}
