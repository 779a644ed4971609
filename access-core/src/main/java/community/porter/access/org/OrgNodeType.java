package community.porter.access.org;

/** The levels of the organisation tree, from the top down. */
public enum OrgNodeType {
    DISTRICT,
    STREET_OFFICE,
    COMMITTEE,
    COMMUNITY,
    BUILDING,
    UNIT
}
