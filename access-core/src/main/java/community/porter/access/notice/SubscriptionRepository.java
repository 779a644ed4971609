package community.porter.access.notice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Subscriptions of phones to notice channels. */
public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    Optional<Subscription> findByPhoneIdAndChannelId(Long phoneId, Long channelId);

    List<Subscription> findByPhoneId(Long phoneId);

    List<Subscription> findByChannelIdAndState(Long channelId, SubscriptionState state);
}
