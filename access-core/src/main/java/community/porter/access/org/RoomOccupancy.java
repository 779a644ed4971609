package community.porter.access.org;

/**
 * A room as a list of rooms shows it: where it is and how many people live there now.
 *
 * @param roomId the room's id
 * @param code the room code, e.g. {@code 1-1-101}
 * @param communityId the id of its community
 * @param communityName the community's name
 * @param buildingName the name of its building
 * @param unitName the name of its unit
 * @param occupants the number of memberships of the room valid now
 */
public record RoomOccupancy(long roomId, String code, long communityId, String communityName, String buildingName,
        String unitName, long occupants) {
}
