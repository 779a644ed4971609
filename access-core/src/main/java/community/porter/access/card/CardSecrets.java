package community.porter.access.card;

import community.porter.access.person.Person;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Whether a secret typed with {@code JG} is the card holder's PIN or the last 4 of their ID. */
@Component
public class CardSecrets {

    private final PinVerifier pins;

    public CardSecrets(ObjectProvider<PinVerifier> pins) {
        this.pins = pins.getIfAvailable(() -> PinVerifier.SHA256);
    }

    /** True when {@code secret} proves knowledge the holder of {@code card} has. */
    public boolean proves(Card card, String secret) {
        Person holder = card.getHolder();
        if (holder.hasPin() && pins.matches(secret, holder.getPinHash())) {
            return true;
        }
        // An ID may end in the check letter X; people type it in either case.
        return holder.getIdLast4() != null && holder.getIdLast4().equalsIgnoreCase(secret);
    }
}
