package community.porter.sms;

import java.util.List;
import java.util.Objects;

/**
 * What a transport did with (some of) the parts of an {@link OutboundSms}: the identity it got
 * for each part it accepted, in order, starting at part {@link #firstPart()}. A message sent in
 * one go starts at part 1; the rest of a partly sent message starts after the parts accepted
 * before ({@link OutboundSms#acceptedParts()} + 1).
 *
 * @param connector  name of the connection or modem that accepted the parts
 * @param firstPart  number (1-based) of the part the first id belongs to
 * @param partIds    the SMSC message id (or modem message reference) of each accepted part
 */
public record SubmitOutcome(String connector, int firstPart, List<String> partIds) {

    public SubmitOutcome {
        Objects.requireNonNull(connector, "connector");
        if (firstPart < 1) {
            throw new IllegalArgumentException("parts are numbered from 1, not " + firstPart);
        }
        partIds = List.copyOf(partIds);
    }

    /** The parts of a message sent in one go, from part 1. */
    public SubmitOutcome(String connector, List<String> partIds) {
        this(connector, 1, partIds);
    }

    /** @return the number of the last part accepted; {@code firstPart - 1} when none was */
    public int lastPart() {
        return firstPart + partIds.size() - 1;
    }

    /** @return whether no part was accepted */
    public boolean isEmpty() {
        return partIds.isEmpty();
    }
}
