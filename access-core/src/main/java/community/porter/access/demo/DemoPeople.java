package community.porter.access.demo;

import community.porter.access.card.Card;
import community.porter.access.card.CardRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.Room;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Permission;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.access.person.StaffRole;
import community.porter.access.person.StaffRoleRepository;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The fixed residents and the staff member of the demo community, with phones and cards. */
@Component
class DemoPeople {

    private final PersonRepository persons;
    private final PhoneRepository phones;
    private final RoomMembershipRepository memberships;
    private final StaffRoleRepository staffRoles;
    private final CardRepository cards;

    DemoPeople(PersonRepository persons, PhoneRepository phones,
            RoomMembershipRepository memberships, StaffRoleRepository staffRoles,
            CardRepository cards) {
        this.persons = persons;
        this.phones = phones;
        this.memberships = memberships;
        this.staffRoles = staffRoles;
        this.cards = cards;
    }

    void addFixedPeople(OrgNode community, Map<String, Room> rooms, Instant now) {
        Person owner = person("张三", DemoCommunity.OWNER_PHONE, now);
        memberships.save(new RoomMembership(owner, rooms.get("1-1-101"), MembershipRole.OWNER));
        cards.save(new Card("D0001", owner, community, now));

        Person family = person("李四", DemoCommunity.FAMILY_PHONE, now);
        memberships.save(new RoomMembership(family, rooms.get("1-1-101"), MembershipRole.FAMILY));
        cards.save(new Card("D0002", family, community, now));

        Person tenant = person("赵六", DemoCommunity.TENANT_PHONE, now);
        memberships.save(new RoomMembership(tenant, rooms.get("2-1-201"), MembershipRole.TENANT));

        Person staff = person("王五", DemoCommunity.STAFF_PHONE, now);
        staffRoles.save(new StaffRole(staff, community, EnumSet.allOf(Permission.class)));
    }

    /** A person with one active phone; the ID's last four digits are the phone's. */
    private Person person(String name, String phone, Instant now) {
        Person person = persons.save(new Person(name, phone.substring(phone.length() - 4), now));
        phones.save(new Phone(person, phone, PhoneStatus.ACTIVE, now));
        return person;
    }
}
