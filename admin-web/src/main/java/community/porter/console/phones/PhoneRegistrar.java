package community.porter.console.phones;

import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneBindings;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a checked phone: its person, the phone, the room membership and, for a phone still to be
 * confirmed, the binding whose code the owner texts back. Runs in the caller's transaction so the
 * rows and the audit entry are committed together.
 */
@Component
class PhoneRegistrar {

    /**
     * A registered phone.
     *
     * @param phone       the new phone
     * @param bindingCode the code to text back ({@code BD <code>}), {@code null} for a phone
     *                    registered as already verified
     */
    record Registered(Phone phone, String bindingCode) {
    }

    private final PersonRepository persons;
    private final PhoneRepository phones;
    private final RoomMembershipRepository memberships;
    private final PhoneBindings bindings;
    private final Clock clock;

    PhoneRegistrar(PersonRepository persons, PhoneRepository phones, RoomMembershipRepository memberships,
            PhoneBindings bindings, Clock clock) {
        this.persons = persons;
        this.phones = phones;
        this.memberships = memberships;
        this.bindings = bindings;
        this.clock = clock;
    }

    /**
     * Registers {@code candidate}.
     *
     * @param verified true when the property has checked the number: the phone is active at once
     *                 and needs no binding
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Registered register(PhoneCandidate candidate, boolean verified) {
        Person person = persons.save(new Person(candidate.name(), null, clock.instant()));
        // Saved and flushed before the binding: a number registered meanwhile fails here, not later.
        Phone phone = phones.saveAndFlush(new Phone(person, candidate.e164(),
                verified ? PhoneStatus.ACTIVE : PhoneStatus.PENDING, clock.instant()));
        memberships.save(new RoomMembership(person, candidate.room(), candidate.role(), candidate.validFrom(),
                candidate.validTo()));
        String code = verified ? null : bindings.start(phone.getId());
        return new Registered(phone, code);
    }
}
