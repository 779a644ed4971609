package community.porter.access.console;

/**
 * Role of a console user. The administrator roles match the level of the user's node; what a
 * user sees and changes is always limited to data at or under that node.
 */
public enum ConsoleRole {
    DISTRICT_ADMIN,
    STREET_ADMIN,
    COMMITTEE_ADMIN,
    COMMUNITY_ADMIN,
    /** Property staff: day-to-day work in the console, no user administration. */
    STAFF
}
