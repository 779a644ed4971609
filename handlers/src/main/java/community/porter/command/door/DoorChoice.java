package community.porter.command.door;

import community.porter.access.door.Door;
import community.porter.access.door.DoorRepository;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.person.Permission;
import community.porter.access.person.Sender;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which door a {@code KM} means, and whether its sender may open it. Residents may open the
 * entrance of each unit they live in and the gate of their community; staff with {@code DOOR}
 * every door at or under one of their nodes.
 */
@Component
class DoorChoice {

    /** At most this many doors are listed when the choice is the sender's to make. */
    static final int MAX_LISTED = 6;

    private final DoorRepository doors;
    private final OrgNodeRepository nodes;

    DoorChoice(DoorRepository doors, OrgNodeRepository nodes) {
        this.doors = doors;
        this.nodes = nodes;
    }

    /** What came of looking for the door. */
    sealed interface Choice {
        /** One door; {@code allowed} says whether the sender may open it. */
        record One(Door door, boolean allowed) implements Choice {
        }

        /** Several doors are possible and none was named: the sender chooses. */
        record Several(List<String> codes) implements Choice {
        }

        /** No such door. */
        record Unknown(String typed) implements Choice {
        }

        /** The sender has no door at all. */
        record None() implements Choice {
        }
    }

    Choice choose(Sender sender, Optional<String> typed) {
        return typed.map(code -> named(sender, code)).orElseGet(() -> defaultDoor(sender));
    }

    private Choice named(Sender sender, String typed) {
        String code = typed.toUpperCase(Locale.ROOT);
        List<Door> found = doors.findByCodeOrderByIdAsc(code);
        if (found.isEmpty()) {
            return new Choice.Unknown(typed);
        }
        // Where a code exists in several communities, the sender's own is meant.
        return found.stream().filter(door -> mayOpen(sender, door)).findFirst()
                .<Choice>map(door -> new Choice.One(door, true))
                .orElseGet(() -> new Choice.One(nearest(sender, found), false));
    }

    private Choice defaultDoor(Sender sender) {
        Map<Long, Door> entrances = new LinkedHashMap<>();
        for (Sender.Membership m : sender.memberships()) {
            if (m.communityId() == null) {
                continue;
            }
            doors.findByCommunityIdAndCode(m.communityId(), m.unitCode())
                    .ifPresent(door -> entrances.putIfAbsent(door.getId(), door));
        }
        if (entrances.size() == 1) {
            return new Choice.One(entrances.values().iterator().next(), true);
        }
        List<String> codes = new ArrayList<>();
        entrances.values().forEach(door -> codes.add(door.getCode()));
        if (codes.isEmpty() && sender.has(Permission.DOOR)) {
            for (Long nodeId : sender.staffNodeIds()) {
                nodes.findById(nodeId).ifPresent(node -> doors.findAtOrUnder(node.getPath())
                        .forEach(door -> codes.add(door.getCode())));
            }
        }
        List<String> listed = codes.stream().distinct().limit(MAX_LISTED).toList();
        return listed.isEmpty() ? new Choice.None() : new Choice.Several(listed);
    }

    static boolean mayOpen(Sender sender, Door door) {
        Long nodeId = door.getNode().getId();
        boolean resident = sender.memberships().stream().anyMatch(m ->
                Objects.equals(door.getCommunity().getId(), m.communityId())
                        && (Objects.equals(nodeId, m.unitId()) || Objects.equals(nodeId, m.communityId())));
        return resident || sender.has(Permission.DOOR) && sender.isStaffOver(door.getNode().getPath());
    }

    private static Door nearest(Sender sender, List<Door> found) {
        return found.stream()
                .filter(door -> sender.memberships().stream()
                        .anyMatch(m -> Objects.equals(door.getCommunity().getId(), m.communityId())))
                .findFirst().orElse(found.get(0));
    }
}
