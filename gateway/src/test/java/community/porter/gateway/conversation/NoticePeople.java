package community.porter.gateway.conversation;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People the notice conversations add to the demo community, with phones no other test uses, so
 * that their subscriptions, languages and bindings change nothing another test relies on.
 * Adding the same phone twice does nothing the second time.
 */
@Component
class NoticePeople {

    private final PersonRepository people;
    private final PhoneRepository phones;
    private final RoomRepository rooms;
    private final RoomMembershipRepository memberships;
    private final OrgNodeRepository nodes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NoticePeople(PersonRepository people, PhoneRepository phones, RoomRepository rooms,
            RoomMembershipRepository memberships, OrgNodeRepository nodes, TransactionTemplate transactions,
            Clock clock) {
        this.people = people;
        this.phones = phones;
        this.rooms = rooms;
        this.memberships = memberships;
        this.nodes = nodes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** An active phone of a new person living in demo room {@code roomCode} (e.g. {@code 3-2-201}). */
    void resident(String phone, String name, String roomCode) {
        add(phone, name, PhoneStatus.ACTIVE, roomCode);
    }

    /** A phone of a new person, waiting for its binding, living in {@code roomCode}. */
    long pending(String phone, String name, String roomCode) {
        return add(phone, name, PhoneStatus.PENDING, roomCode);
    }

    private long add(String e164, String name, PhoneStatus status, String roomCode) {
        return transactions.execute(tx -> phones.findByE164(e164).map(Phone::getId).orElseGet(() -> {
            OrgNode demo = nodes.findCommunity(DemoCommunity.CODE).orElseThrow();
            Person person = people.save(new Person(name, "0000", clock.instant()));
            Phone phone = phones.save(new Phone(person, e164, status, clock.instant()));
            memberships.save(new RoomMembership(person,
                    rooms.findByCommunityIdAndCode(demo.getId(), roomCode).orElseThrow(), MembershipRole.OWNER));
            return phone.getId();
        }));
    }
}
