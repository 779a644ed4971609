package community.porter.access.notice;

import community.porter.access.org.OrgNode;
import community.porter.access.person.MembershipRole;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expands a {@link BroadcastTarget} into phones: those it reaches, and those it would reach but
 * for an opt-out, which the broadcast records as {@code OPTED_OUT} so the console can show them.
 *
 * <p>A channel follows {@link NoticeAudience}: opt-outs of the channel or of everything are
 * honoured, an emergency channel reaches every phone. Any other target is not a channel, but a
 * phone that opted out of all notices ({@code TD}) is left out of it too: that is what "all"
 * meant to its owner. An uploaded list reaches numbers Porter does not know as well.
 */
@Service
public class BroadcastAudience {

    /**
     * The phones of a target.
     *
     * @param reached   phones to send to, sorted, no duplicates
     * @param optedOut  phones left out by their own opt-out, sorted, none of them in {@code reached}
     */
    public record Phones(List<String> reached, List<String> optedOut) {
        public Phones {
            reached = List.copyOf(reached);
            optedOut = List.copyOf(optedOut);
        }
    }

    /** The IN lists of the list lookup stay well below every database's parameter limit. */
    private static final int LOOKUP_CHUNK = 1000;

    private final NoticeChannelRepository channels;
    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    public BroadcastAudience(NoticeChannelRepository channels, SubscriptionRepository subscriptions, Clock clock) {
        this.channels = channels;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** The phones {@code target} of {@code community} reaches now. */
    @Transactional(readOnly = true)
    public Phones expand(OrgNode community, BroadcastTarget target) {
        Instant now = clock.instant();
        return switch (target.kind()) {
            case CHANNEL -> channel(community, target);
            case SCOPE -> split(residents(target, EnumSet.allOf(MembershipRole.class), now));
            case ROLE -> {
                List<AudiencePhone> phones = new ArrayList<>(residents(target, target.roles(), now));
                if (target.staff()) {
                    phones.addAll(subscriptions.findStaffPhonesUnder(target.scopePath()));
                }
                yield split(phones);
            }
            case LIST -> list(target.phones());
        };
    }

    /**
     * The rule of {@link NoticeAudience}, applied to a whole community in three queries that scale
     * to 100,000 residents: the residents with their all-notices flag, the channel's own opt-outs,
     * and the phones that subscribed with {@code DY}.
     */
    private Phones channel(OrgNode community, BroadcastTarget target) {
        NoticeChannel channel = channels.findByCommunityIdAndCode(community.getId(), target.channel()).orElseThrow(
                () -> new IllegalStateException("channel " + target.channel() + " is gone"));
        List<AudiencePhone> residents = subscriptions.findResidentPhonesUnder(community.getPath(),
                EnumSet.allOf(MembershipRole.class), clock.instant());
        List<AudiencePhone> subscribed = subscriptions.findSubscribedPhones(channel.getId());
        if (channel.isEmergency()) {
            TreeSet<String> all = new TreeSet<>();
            residents.forEach(p -> all.add(p.e164()));
            subscribed.forEach(p -> all.add(p.e164()));
            return new Phones(List.copyOf(all), List.of());
        }
        Set<String> channelOptOuts = new HashSet<>(subscriptions.findChannelOptOuts(channel.getId()));
        TreeSet<String> reached = new TreeSet<>();
        TreeSet<String> optedOut = new TreeSet<>();
        for (AudiencePhone phone : residents) {
            boolean out = phone.optedOutAll() || channelOptOuts.contains(phone.e164());
            (out ? optedOut : reached).add(phone.e164());
        }
        for (AudiencePhone phone : subscribed) {
            (phone.optedOutAll() ? optedOut : reached).add(phone.e164());
        }
        optedOut.removeAll(reached);
        return new Phones(List.copyOf(reached), List.copyOf(optedOut));
    }

    private List<AudiencePhone> residents(BroadcastTarget target, Set<MembershipRole> roles, Instant now) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return target.roleScope() != null
                ? subscriptions.findResidentPhonesOfRoom(target.roleScope(), roles, now)
                : subscriptions.findResidentPhonesUnder(target.scopePath(), roles, now);
    }

    private static Phones split(List<AudiencePhone> phones) {
        TreeSet<String> reached = new TreeSet<>();
        TreeSet<String> optedOut = new TreeSet<>();
        for (AudiencePhone phone : phones) {
            (phone.optedOutAll() ? optedOut : reached).add(phone.e164());
        }
        return new Phones(List.copyOf(reached), List.copyOf(optedOut));
    }

    private Phones list(List<String> phones) {
        Set<String> optedOut = new HashSet<>();
        for (int from = 0; from < phones.size(); from += LOOKUP_CHUNK) {
            optedOut.addAll(subscriptions.findOptedOutAmong(phones.subList(from,
                    Math.min(phones.size(), from + LOOKUP_CHUNK))));
        }
        List<String> reached = phones.stream().filter(p -> !optedOut.contains(p)).sorted().toList();
        return new Phones(reached, optedOut.stream().sorted().toList());
    }
}
