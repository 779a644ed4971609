package community.porter.access.notice;

import community.porter.access.org.OrgNode;
import community.porter.access.person.Phone;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets the notices of a channel. Nothing is seeded, and a resident expects the community's
 * notices without first learning a command, so channels work by opt-out:
 *
 * <ul>
 *   <li>every active phone of a resident of the community gets every channel, unless it opted out
 *       of that channel ({@code TD TZ}: a {@link SubscriptionState#OPTED_OUT} row) or of all
 *       notices ({@code TD}: {@link Phone#isOptedOutAll()});
 *   <li>any other active phone (staff, a former resident) gets a channel it subscribed to with
 *       {@code DY TZ} ({@link SubscriptionState#SUBSCRIBED}), unless it opted out of all notices;
 *   <li>an emergency channel ({@code AQ}) reaches all of these phones, opt-outs or not.
 * </ul>
 *
 * {@link #receives} applies the rule to one phone; {@link #recipients} to a whole community in
 * two queries (see {@link SubscriptionRepository}).
 */
@Service
public class NoticeAudience {

    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    public NoticeAudience(SubscriptionRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** The E.164 numbers that get the notices of {@code channel} in {@code community}, sorted. */
    @Transactional(readOnly = true)
    public List<String> recipients(NoticeChannel channel, OrgNode community) {
        TreeSet<String> phones = new TreeSet<>(subscriptions.findResidentRecipients(community.getId(),
                channel.getId(), channel.isEmergency(), clock.instant()));
        phones.addAll(subscriptions.findSubscribedRecipients(channel.getId(), channel.isEmergency()));
        return List.copyOf(phones);
    }

    /**
     * True when {@code phone} gets {@code channel}'s notices.
     *
     * @param resident whether the phone's person lives in the channel's community now
     */
    @Transactional(readOnly = true)
    public boolean receives(Phone phone, NoticeChannel channel, boolean resident) {
        if (channel.isEmergency()) {
            return true;
        }
        if (phone.isOptedOutAll()) {
            return false;
        }
        SubscriptionState state = subscriptions.findByPhoneIdAndChannelId(phone.getId(), channel.getId())
                .map(Subscription::getState).orElse(null);
        return state == SubscriptionState.SUBSCRIBED || (resident && state == null);
    }
}
