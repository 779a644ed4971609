package community.porter.access.person;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who sent an SMS, as far as the access model knows: the phone, its person, the rooms the person
 * belongs to now and the person's staff roles. An unknown phone has only {@link #phone()}.
 *
 * @param phone            the sender's number, E.164
 * @param phoneId          id of the registered phone; {@code null} when unknown
 * @param personId         id of the phone's person; {@code null} when unknown
 * @param displayName      the person's name; {@code null} when unknown
 * @param status           the phone's status; {@code null} when unknown
 * @param language         the reply language chosen for the phone; {@code null} = not chosen
 * @param memberships      the person's room memberships valid now, by room code
 * @param staffPermissions union of the permissions of the person's staff roles
 * @param staffNodeIds     the nodes of the person's staff roles
 */
public record Sender(
        String phone,
        Long phoneId,
        Long personId,
        String displayName,
        PhoneStatus status,
        Language language,
        List<Membership> memberships,
        Set<Permission> staffPermissions,
        List<Long> staffNodeIds) {

    public Sender {
        Objects.requireNonNull(phone, "phone");
        memberships = List.copyOf(memberships);
        staffPermissions = Set.copyOf(staffPermissions);
        staffNodeIds = List.copyOf(staffNodeIds);
    }

    /** A phone the access model does not know. */
    public static Sender unknown(String phone) {
        return new Sender(phone, null, null, null, null, null, List.of(), Set.of(), List.of());
    }

    /** True for a phone in the register, whatever its status. */
    public boolean isKnown() {
        return phoneId != null;
    }

    /** True for a known phone with status {@link PhoneStatus#ACTIVE}. */
    public boolean isRegistered() {
        return status == PhoneStatus.ACTIVE;
    }

    /** A registered phone of a person who belongs to at least one room now. */
    public boolean isResident() {
        return isRegistered() && !memberships.isEmpty();
    }

    /** A registered phone of a person with at least one staff role. */
    public boolean isStaff() {
        return isRegistered() && !staffNodeIds.isEmpty();
    }

    /** True when the sender is staff and one of the staff roles grants {@code permission}. */
    public boolean has(Permission permission) {
        return isStaff() && staffPermissions.contains(permission);
    }

    /**
     * True when a node with materialised path {@code nodePath} (e.g. a room's unit path
     * {@code /1/2/3/4/5/6/}) is at or under one of the sender's staff nodes. Paths list ids, so
     * this needs no query.
     */
    public boolean isStaffOver(String nodePath) {
        return isStaff() && staffNodeIds.stream().anyMatch(id -> nodePath.contains("/" + id + "/"));
    }

    /**
     * A room the sender belongs to.
     *
     * @param roomId        id of the room; {@code null} where only the codes are known
     * @param roomCode      e.g. {@code 3-1-201}
     * @param role          owner, family or tenant
     * @param unitId        id of the unit node; {@code null} where only the codes are known
     * @param unitCode      the unit entrance, e.g. {@code 3-1}
     * @param communityId   id of the community node; {@code null} where only the codes are known
     * @param communityCode e.g. {@code DEMO}
     */
    public record Membership(
            Long roomId,
            String roomCode,
            MembershipRole role,
            Long unitId,
            String unitCode,
            Long communityId,
            String communityCode) {

        /** A membership known by its codes only (tests, messages from elsewhere). */
        public Membership(String roomCode, MembershipRole role, String unitCode,
                String communityCode) {
            this(null, roomCode, role, null, unitCode, null, communityCode);
        }
    }
}
