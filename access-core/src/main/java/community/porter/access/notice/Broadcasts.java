package community.porter.access.notice;

import community.porter.access.message.Outbox;
import community.porter.access.message.OutboxMessage;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.org.RoomRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Broadcasts, small for now: resolve a target to its recipients and store one outbox message per
 * recipient in the broadcast lane. {@code GB} uses it from a phone, the console will use it the
 * same way; schedules and progress come with the full broadcast pipeline.
 *
 * <p>A target is a notice channel of the community ({@code TZ}; audience as {@link NoticeAudience}
 * says: opt-outs honoured, emergency channels reach everyone) or a scope whose residents get it:
 * {@code ALL} or {@code GATE} (the whole community), a building {@code 3}, a unit {@code 3-1} or a
 * room {@code 3-1-201}. A scope broadcast is not a channel, but a phone that opted out of all
 * notices ({@code TD}) is left out of it too: that is what "all" meant to its owner.
 */
@Service
public class Broadcasts {

    /** Outbox lane of broadcast copies: after every reply ({@code 5}) and door answer ({@code 0}). */
    public static final int PRIORITY = 9;

    /**
     * A resolved target.
     *
     * @param label     what it is called in replies: the channel or scope as typed
     * @param scopePath path of the node whose staff may broadcast to it (community, building, unit)
     * @param recipients E.164 numbers, sorted, no duplicates
     */
    public record Target(String label, String scopePath, List<String> recipients) {
        public Target {
            recipients = List.copyOf(recipients);
        }
    }

    private final NoticeChannelRepository channels;
    private final NoticeAudience audience;
    private final SubscriptionRepository subscriptions;
    private final OrgNodeRepository nodes;
    private final RoomRepository rooms;
    private final Outbox outbox;
    private final Clock clock;

    public Broadcasts(NoticeChannelRepository channels, NoticeAudience audience, SubscriptionRepository subscriptions,
            OrgNodeRepository nodes, RoomRepository rooms, Outbox outbox, Clock clock) {
        this.channels = channels;
        this.audience = audience;
        this.subscriptions = subscriptions;
        this.nodes = nodes;
        this.rooms = rooms;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The target {@code typed} names in {@code community}, with its recipients; empty when it names nothing. */
    @Transactional(readOnly = true)
    public Optional<Target> resolve(OrgNode community, String typed) {
        String code = typed.toUpperCase(java.util.Locale.ROOT);
        Optional<NoticeChannel> channel = channels.findByCommunityIdAndCode(community.getId(), code);
        if (channel.isPresent()) {
            return Optional.of(new Target(code, community.getPath(), audience.recipients(channel.get(), community)));
        }
        if (code.equals("ALL") || code.equals("GATE")) {
            return Optional.of(scope(code, community));
        }
        String[] parts = code.split("-");
        if (parts.length == 3) {
            return rooms.findByCommunityIdAndCode(community.getId(), code).map(room -> new Target(code,
                    room.getUnit().getPath(), subscriptions.findResidentsOfRoom(room.getId(), clock.instant()).stream()
                            .sorted().toList()));
        }
        Optional<OrgNode> building = nodes.findByParentIdAndCode(community.getId(), parts[0])
                .filter(n -> n.getType() == OrgNodeType.BUILDING);
        if (parts.length == 1) {
            return building.map(b -> scope(code, b));
        }
        return building.flatMap(b -> nodes.findByParentIdAndCode(b.getId(), code))
                .filter(n -> n.getType() == OrgNodeType.UNIT).map(u -> scope(code, u));
    }

    /**
     * Stores one copy of {@code text} per recipient of {@code target}, in this transaction.
     *
     * @param inboxId the {@code GB} message that asked for it, {@code null} from the console
     * @return the outbox ids, for the caller to hand to the outbound route after the commit (the
     *         recovery sweep sends them anyway should it not)
     */
    @Transactional
    public List<Long> queue(Target target, String text, Long inboxId) {
        List<Long> ids = new ArrayList<>(target.recipients().size());
        for (String phone : target.recipients()) {
            ids.add(outbox.enqueue(OutboxMessage.Kind.BROADCAST, PRIORITY, phone, text, inboxId).getId());
        }
        return ids;
    }

    private Target scope(String label, OrgNode node) {
        return new Target(label, node.getPath(),
                subscriptions.findResidentsUnder(node.getPath(), clock.instant()).stream().sorted().toList());
    }
}
