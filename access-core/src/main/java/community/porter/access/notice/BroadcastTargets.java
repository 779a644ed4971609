package community.porter.access.notice;

import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.InvalidPhoneNumberException;
import community.porter.access.person.PhoneNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what staff wrote into a {@link BroadcastTarget} of a community: a notice channel
 * ({@code TZ}), a scope ({@code ALL} or {@code GATE} for the whole community, a building
 * {@code 3}, a unit {@code 3-1}, a room {@code 3-1-201}), roles within a scope, or a list of
 * phone numbers.
 */
@Service
public class BroadcastTargets {

    /**
     * A phone list as taken.
     *
     * @param target   the list target with every valid number once, in upload order
     * @param rejected every entry that was not taken, with the reason
     */
    public record ListTarget(BroadcastTarget target, List<RejectedEntry> rejected) {
    }

    private final NoticeChannelRepository channels;
    private final OrgNodeRepository nodes;
    private final RoomRepository rooms;
    private final PhoneNumbers numbers;
    private final String countryCode;

    public BroadcastTargets(NoticeChannelRepository channels, OrgNodeRepository nodes, RoomRepository rooms,
            PhoneNumbers numbers, @Value("${porter.country-code:86}") String countryCode) {
        this.channels = channels;
        this.nodes = nodes;
        this.rooms = rooms;
        this.numbers = numbers;
        this.countryCode = countryCode;
    }

    /** A channel code or a scope, as {@code GB} takes it; empty when it names neither. */
    @Transactional(readOnly = true)
    public Optional<BroadcastTarget> channelOrScope(OrgNode community, String typed) {
        return channel(community, typed).or(() -> scope(community, typed));
    }

    /** The channel {@code code} of {@code community}; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<BroadcastTarget> channel(OrgNode community, String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return channels.findByCommunityIdAndCode(community.getId(), upper)
                .map(c -> BroadcastTarget.channel(upper, community.getPath(), c.isEmergency()));
    }

    /** The scope {@code typed} in {@code community}; empty when it names none. */
    @Transactional(readOnly = true)
    public Optional<BroadcastTarget> scope(OrgNode community, String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (code.equals("ALL") || code.equals("GATE")) {
            return Optional.of(BroadcastTarget.scope(code, community.getPath(), null));
        }
        String[] parts = code.split("-");
        if (parts.length == 3) {
            return rooms.findByCommunityIdAndCode(community.getId(), code)
                    .map(room -> BroadcastTarget.scope(code, room.getUnit().getPath(), room.getId()));
        }
        if (parts.length > 3 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        Optional<OrgNode> building = nodes.findByParentIdAndCode(community.getId(), parts[0])
                .filter(n -> n.getType() == OrgNodeType.BUILDING);
        if (parts.length == 1) {
            return building.map(b -> BroadcastTarget.scope(code, b.getPath(), null));
        }
        return building.flatMap(b -> nodes.findByParentIdAndCode(b.getId(), code))
                .filter(n -> n.getType() == OrgNodeType.UNIT)
                .map(u -> BroadcastTarget.scope(code, u.getPath(), null));
    }

    /**
     * An uploaded list: each entry normalised to E.164 with the community's country code
     * ({@code porter.country-code}); an invalid entry or a repeat of a number already taken is
     * rejected with its reason.
     */
    public ListTarget list(OrgNode community, List<String> entries) {
        Map<String, String> taken = new LinkedHashMap<>();
        List<RejectedEntry> rejected = new ArrayList<>();
        for (String entry : entries) {
            if (entry == null) {
                rejected.add(new RejectedEntry(null, "empty"));
                continue;
            }
            try {
                String e164 = numbers.normalise(entry, countryCode);
                String first = taken.putIfAbsent(e164, entry);
                if (first != null) {
                    rejected.add(new RejectedEntry(entry, "duplicate of " + e164));
                }
            } catch (InvalidPhoneNumberException e) {
                rejected.add(new RejectedEntry(entry, reason(e)));
            }
        }
        return new ListTarget(BroadcastTarget.list(community.getPath(), List.copyOf(taken.keySet())), rejected);
    }

    private static String reason(InvalidPhoneNumberException e) {
        return e.getMessage() == null ? "not a phone number" : e.getMessage();
    }
}
