package community.porter.console.phones;

import community.porter.access.org.Room;
import community.porter.access.person.MembershipRole;
import java.time.Instant;

/**
 * A phone to register, checked: the number is in E.164, the room exists and lies in the actor's
 * scope.
 *
 * @param name the owner's name
 * @param e164 the number, normalised
 * @param room the room the owner belongs to
 * @param role how the owner belongs to it
 * @param validFrom start of the membership (inclusive), {@code null} for now
 * @param validTo end of the membership (exclusive), {@code null} for open-ended
 */
record PhoneCandidate(String name, String e164, Room room, MembershipRole role, Instant validFrom,
        Instant validTo) {
}
