package community.porter.access.notice;

import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A phone's own choices about the notices of its community ({@code DY}, {@code TD}), under the
 * opt-out rule of {@link NoticeAudience}. Every change is remembered as a {@link Subscription}
 * row (or the phone's all-notices flag), so a later broadcast sees it.
 */
@Service
public class NoticeSubscriptions {

    /** What a {@code DY <channel>} or {@code TD <channel>} came to. */
    public enum Change {
        /** The phone gets the channel now (and did not before). */
        SUBSCRIBED,
        /** The phone already got the channel; nothing changed. */
        ALREADY,
        /** The phone no longer gets the channel. */
        UNSUBSCRIBED,
        /** The phone did not get the channel anyway. */
        NOT_SUBSCRIBED,
        /** An emergency channel: it reaches every phone whatever the phone chose. */
        EMERGENCY,
        /** The community has no such channel. */
        UNKNOWN_CHANNEL
    }

    /**
     * A channel as the phone sees it.
     *
     * @param code      e.g. {@code TZ}
     * @param name      Chinese name
     * @param nameEn    English name, {@code null} when there is none
     * @param emergency reaches phones that opted out
     * @param receiving whether the phone gets it now
     */
    public record ChannelView(String code, String name, String nameEn, boolean emergency, boolean receiving) {
    }

    private final NoticeChannelRepository channels;
    private final SubscriptionRepository subscriptions;
    private final PhoneRepository phones;
    private final NoticeAudience audience;
    private final Clock clock;

    public NoticeSubscriptions(NoticeChannelRepository channels, SubscriptionRepository subscriptions,
            PhoneRepository phones, NoticeAudience audience, Clock clock) {
        this.channels = channels;
        this.subscriptions = subscriptions;
        this.phones = phones;
        this.audience = audience;
        this.clock = clock;
    }

    /**
     * The channels of community {@code communityId} and whether phone {@code phoneId} gets each.
     *
     * @param resident whether the phone's person lives in the community now
     */
    @Transactional(readOnly = true)
    public List<ChannelView> channels(long phoneId, long communityId, boolean resident) {
        Phone phone = phones.findById(phoneId).orElseThrow();
        return channels.findByCommunityIdOrderByCodeAsc(communityId).stream()
                .map(c -> new ChannelView(c.getCode(), c.getName(), c.getNameEn(), c.isEmergency(),
                        audience.receives(phone, c, resident)))
                .toList();
    }

    /**
     * Bare {@code DY}: ends an opt-out of all notices.
     *
     * @return true when the phone had opted out
     */
    @Transactional
    public boolean resume(long phoneId) {
        Phone phone = phones.findById(phoneId).orElseThrow();
        boolean was = phone.isOptedOutAll();
        phone.optBackIn();
        return was;
    }

    /** {@code DY <code>}: the phone gets the channel from now on; also ends an opt-out of all notices. */
    @Transactional
    public Change subscribe(long phoneId, long communityId, String code, boolean resident) {
        Optional<NoticeChannel> found = channels.findByCommunityIdAndCode(communityId, code);
        if (found.isEmpty()) {
            return Change.UNKNOWN_CHANNEL;
        }
        Phone phone = phones.findById(phoneId).orElseThrow();
        NoticeChannel channel = found.get();
        boolean before = audience.receives(phone, channel, resident);
        // SPEC: an opt-out of everything lasts "until DY again" — any DY.
        phone.optBackIn();
        record(phone, channel, SubscriptionState.SUBSCRIBED);
        return before ? Change.ALREADY : Change.SUBSCRIBED;
    }

    /** {@code TD <code>}: the phone no longer gets the channel (emergency channels excepted). */
    @Transactional
    public Change unsubscribe(long phoneId, long communityId, String code, boolean resident) {
        Optional<NoticeChannel> found = channels.findByCommunityIdAndCode(communityId, code);
        if (found.isEmpty()) {
            return Change.UNKNOWN_CHANNEL;
        }
        NoticeChannel channel = found.get();
        if (channel.isEmergency()) {
            return Change.EMERGENCY;
        }
        Phone phone = phones.findById(phoneId).orElseThrow();
        boolean before = audience.receives(phone, channel, resident);
        record(phone, channel, SubscriptionState.OPTED_OUT);
        return before ? Change.UNSUBSCRIBED : Change.NOT_SUBSCRIBED;
    }

    /**
     * Bare {@code TD}: no notices until {@code DY} again.
     *
     * @return the codes of the community's emergency channels, which still reach the phone
     */
    @Transactional
    public List<String> optOutOfAll(long phoneId, Long communityId) {
        phones.findById(phoneId).orElseThrow().optOutOfAll();
        if (communityId == null) {
            return List.of();
        }
        return channels.findByCommunityIdOrderByCodeAsc(communityId).stream()
                .filter(NoticeChannel::isEmergency).map(NoticeChannel::getCode).toList();
    }

    private void record(Phone phone, NoticeChannel channel, SubscriptionState state) {
        Subscription subscription = subscriptions.findByPhoneIdAndChannelId(phone.getId(), channel.getId())
                .orElseGet(() -> subscriptions.save(new Subscription(phone, channel, state, clock.instant())));
        if (state == SubscriptionState.SUBSCRIBED) {
            subscription.subscribe(clock.instant());
        } else {
            subscription.optOut(clock.instant());
        }
    }
}
