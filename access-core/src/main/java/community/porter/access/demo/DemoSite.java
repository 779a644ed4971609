package community.porter.access.demo;

import community.porter.access.door.Door;
import community.porter.access.door.DoorRepository;
import community.porter.access.notice.NoticeChannel;
import community.porter.access.notice.NoticeChannelRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The places of the demo community: its tree, buildings, units, rooms, doors and channels. */
@Component
class DemoSite {

    static final int FIXED_BUILDINGS = 3;
    static final int UNITS_PER_BUILDING = 2;
    static final int[] FIXED_ROOM_NUMBERS = {101, 102, 103, 104, 201, 202, 203, 204};

    private final OrgNodeRepository nodes;
    private final RoomRepository rooms;
    private final DoorRepository doors;
    private final NoticeChannelRepository channels;

    DemoSite(OrgNodeRepository nodes, RoomRepository rooms, DoorRepository doors,
            NoticeChannelRepository channels) {
        this.nodes = nodes;
        this.rooms = rooms;
        this.doors = doors;
        this.channels = channels;
    }

    /**
     * District → street office → committee → the community, with the community gate. The street
     * office has a second committee with no community yet, so the console shows how an
     * administrator of one committee sees nothing of the other's.
     */
    OrgNode buildCommunity(String code) {
        OrgNode district = nodes.save(new OrgNode(OrgNodeType.DISTRICT, code + "-D", "演示区"));
        OrgNode street = nodes.save(new OrgNode(district, OrgNodeType.STREET_OFFICE,
                code + "-S", "演示街道办事处"));
        OrgNode committee = nodes.save(new OrgNode(street, OrgNodeType.COMMITTEE,
                code + "-C", "演示社区居委会"));
        nodes.save(new OrgNode(street, OrgNodeType.COMMITTEE, code + "-C2", "东苑社区居委会"));
        OrgNode community = nodes.save(new OrgNode(committee, OrgNodeType.COMMUNITY, code,
                "演示小区"));
        doors.save(new Door(community, community, "GATE", "小区大门", "ctl-gate"));
        return community;
    }

    /** Buildings 1–3 with their units, unit doors and rooms, rooms by code. */
    Map<String, Room> buildFixedBuildings(OrgNode community) {
        Map<String, Room> byCode = new LinkedHashMap<>();
        for (int building = 1; building <= FIXED_BUILDINGS; building++) {
            for (OrgNode unit : addBuilding(community, building)) {
                for (int number : FIXED_ROOM_NUMBERS) {
                    String code = unit.getCode() + "-" + number;
                    Room room = rooms.save(new Room(community, unit, code));
                    byCode.put(room.getCode(), room);
                }
            }
        }
        return byCode;
    }

    /** Building {@code number} with its units and their entrance doors; the units in order. */
    List<OrgNode> addBuilding(OrgNode community, int number) {
        String code = Integer.toString(number);
        OrgNode building = nodes.save(new OrgNode(community, OrgNodeType.BUILDING, code,
                code + "号楼"));
        List<OrgNode> units = new ArrayList<>(UNITS_PER_BUILDING);
        for (int u = 1; u <= UNITS_PER_BUILDING; u++) {
            String unitCode = code + "-" + u;
            OrgNode unit = nodes.save(new OrgNode(building, OrgNodeType.UNIT, unitCode,
                    code + "号楼" + u + "单元"));
            doors.save(new Door(community, unit, unitCode, unit.getName() + "门",
                    "ctl-" + unitCode));
            units.add(unit);
        }
        return units;
    }

    void addChannels(OrgNode community) {
        channels.save(new NoticeChannel(community, "TZ", "通知公告", "Notices", false));
        channels.save(new NoticeChannel(community, "TS", "停水停电", "Water and power outages",
                false));
        channels.save(new NoticeChannel(community, "AQ", "安全警报", "Security alerts", true));
    }
}
