package community.porter.command.query;

import community.porter.access.door.Door;
import community.porter.access.door.DoorRepository;
import community.porter.access.message.CommandOutcome;
import community.porter.access.notice.NoticeCommunities;
import community.porter.access.org.OrgNode;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.Permission;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.access.person.Sender;
import community.porter.command.door.DoorNames;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyLanguage;
import community.porter.command.language.ReplyTexts;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code CX <room>} for staff with {@code QUERY} over the room: its residents, names masked
 * ({@code 张*}: enough to recognise, not to expose), and the doors that serve it.
 */
@Component
class RoomQuery {

    private final NoticeCommunities communities;
    private final RoomRepository rooms;
    private final RoomMembershipRepository memberships;
    private final DoorRepository doors;
    private final DoorNames names;
    private final ReplyTexts texts;
    private final Clock clock;

    RoomQuery(NoticeCommunities communities, RoomRepository rooms, RoomMembershipRepository memberships,
            DoorRepository doors, DoorNames names, ReplyTexts texts, Clock clock) {
        this.communities = communities;
        this.rooms = rooms;
        this.memberships = memberships;
        this.doors = doors;
        this.names = names;
        this.texts = texts;
        this.clock = clock;
    }

    CommandResult answer(String code, CommandContext context) {
        Sender sender = context.sender();
        if (!sender.has(Permission.QUERY)) {
            return CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.ERROR_FORBIDDEN);
        }
        Optional<Room> room = communities.of(sender)
                .flatMap(c -> rooms.findByCommunityIdAndCode(c.getId(), code))
                .filter(r -> sender.isStaffOver(r.getUnit().getPath()));
        if (room.isEmpty()) {
            // Out of scope reads as unknown: staff learn nothing about rooms they do not manage.
            return CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.CX_ROOM_UNKNOWN, code);
        }
        ReplyLanguage language = context.language();
        String separator = texts.text(ReplyKeys.LIST_SEPARATOR, language);
        String residents = memberships.findValidInRoom(room.get().getId(), clock.instant()).stream()
                .map(m -> mask(m.getPerson().getName()) + " "
                        + texts.text(ReplyKeys.ROLE_PREFIX + m.getRole().name(), language))
                .collect(Collectors.joining(separator));
        if (residents.isEmpty()) {
            residents = texts.text(ReplyKeys.CX_NEVER, language);
        }
        String doorList = doorsOf(room.get()).stream().map(d -> names.of(d, language))
                .collect(Collectors.joining(separator));
        return CommandResult.of(CommandOutcome.OK, ReplyKeys.CX_ROOM, code, residents, doorList);
    }

    /** The room's unit entrance(s) and the community's gate. */
    private List<Door> doorsOf(Room room) {
        List<Door> serving = new ArrayList<>(doors.findByNodeId(room.getUnit().getId()));
        OrgNode community = room.getCommunity();
        doors.findByCommunityIdAndCode(community.getId(), "GATE").ifPresent(serving::add);
        return serving;
    }

    /** {@code 张三} → {@code 张*}: the first character, then one star whatever the length. */
    static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return "*";
        }
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "*";
    }
}
