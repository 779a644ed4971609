package community.porter.access.person;

/** How a person belongs to a room. */
public enum MembershipRole {
    OWNER,
    FAMILY,
    TENANT
}
