package community.porter.access.person;

/**
 * When a person lies in an administrator's part of the organisation tree, as a JPQL condition
 * that repositories and console queries share, so every list and look-up draws the line in the
 * same place.
 *
 * <p>A person is in the scope of the node with path {@code :scopePath} when one of their room
 * memberships (past, present or future: a tenant who moved out is still the committee's to
 * answer for) is in a room whose unit lies at or under that node, or one of their staff roles
 * is at a node at or under it. A person with neither belongs to no part of the tree and is seen
 * by nobody until given a place.
 */
public final class PersonScope {

    /**
     * True when the person aliased {@code p} lies at or under the node whose path is bound to
     * {@code :scopePath} (e.g. {@code /1/4/}). Use it as {@code ... where p.id = :id and }
     * {@code PersonScope.OF_P}.
     */
    public static final String OF_P = "(exists (select m.id from RoomMembership m"
            + " where m.person = p and m.room.unit.path like concat(:scopePath, '%'))"
            + " or exists (select s.id from StaffRole s"
            + " where s.person = p and s.node.path like concat(:scopePath, '%')))";

    private PersonScope() {
    }
}
