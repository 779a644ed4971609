package community.porter.access.person;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identifies the sender of an SMS. Runs once per inbound message, so it costs at most three
 * small indexed queries (phone with person, valid memberships, staff roles) and one for an
 * unknown phone.
 */
@Service
public class SenderDirectory {

    private final PhoneRepository phones;
    private final RoomMembershipRepository memberships;
    private final StaffRoleRepository staffRoles;
    private final Clock clock;

    public SenderDirectory(PhoneRepository phones, RoomMembershipRepository memberships,
            StaffRoleRepository staffRoles, ObjectProvider<Clock> clock) {
        this.phones = phones;
        this.memberships = memberships;
        this.staffRoles = staffRoles;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Who {@code e164} is now. */
    @Transactional(readOnly = true)
    public Sender identify(String e164) {
        return identify(e164, clock.instant());
    }

    /** Who {@code e164} was at {@code at} (memberships valid then; status as it is now). */
    @Transactional(readOnly = true)
    public Sender identify(String e164, Instant at) {
        Optional<Phone> found = phones.findWithPersonByE164(e164);
        if (found.isEmpty()) {
            return Sender.unknown(e164);
        }
        Phone phone = found.get();
        Person person = phone.getPerson();
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        List<Long> nodeIds = new ArrayList<>();
        for (Object[] grant : staffRoles.findGrantsOf(person.getId())) {
            @SuppressWarnings("unchecked")
            Set<Permission> granted = (Set<Permission>) grant[0];
            permissions.addAll(granted);
            nodeIds.add((Long) grant[1]);
        }
        return new Sender(phone.getE164(), phone.getId(), person.getId(), person.getName(),
                phone.getStatus(), phone.getLanguage(),
                memberships.findValidMembershipsOf(person.getId(), at), permissions, nodeIds);
    }
}
