package community.porter.access.notice;

import community.porter.access.person.MembershipRole;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Subscriptions of phones to notice channels. */
public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    Optional<Subscription> findByPhoneIdAndChannelId(Long phoneId, Long channelId);

    List<Subscription> findByPhoneId(Long phoneId);

    List<Subscription> findByChannelIdAndState(Long channelId, SubscriptionState state);

    /**
     * Active phones of the residents of a community (membership valid at {@code now}) that get
     * channel {@code channelId} by default: all of them when {@code emergency}, otherwise those
     * that neither opted out of everything nor of this channel. See {@link NoticeAudience}.
     */
    @Query("""
            select distinct p.e164 from Phone p, RoomMembership m
            where m.person = p.person and m.room.community.id = :communityId
              and p.status = community.porter.access.person.PhoneStatus.ACTIVE
              and (m.validFrom is null or m.validFrom <= :now)
              and (m.validTo is null or m.validTo > :now)
              and (:emergency = true or (p.optedOutAll = false and not exists (
                    select s.id from Subscription s where s.phone = p and s.channel.id = :channelId
                      and s.state = community.porter.access.notice.SubscriptionState.OPTED_OUT)))""")
    List<String> findResidentRecipients(@Param("communityId") Long communityId, @Param("channelId") Long channelId,
            @Param("emergency") boolean emergency, @Param("now") Instant now);

    /** Active phones that subscribed to channel {@code channelId} with {@code DY}, opt-outs as above. */
    @Query("""
            select distinct s.phone.e164 from Subscription s
            where s.channel.id = :channelId
              and s.state = community.porter.access.notice.SubscriptionState.SUBSCRIBED
              and s.phone.status = community.porter.access.person.PhoneStatus.ACTIVE
              and (:emergency = true or s.phone.optedOutAll = false)""")
    List<String> findSubscribedRecipients(@Param("channelId") Long channelId, @Param("emergency") boolean emergency);

    /**
     * Active phones of the residents of the rooms whose unit lies at or under the node with path
     * {@code path} (valid at {@code now}) that did not opt out of all notices.
     */
    @Query("""
            select distinct p.e164 from Phone p, RoomMembership m
            where m.person = p.person and m.room.unit.path like concat(:path, '%')
              and p.status = community.porter.access.person.PhoneStatus.ACTIVE
              and p.optedOutAll = false
              and (m.validFrom is null or m.validFrom <= :now)
              and (m.validTo is null or m.validTo > :now)""")
    List<String> findResidentsUnder(@Param("path") String path, @Param("now") Instant now);

    /** As {@link #findResidentsUnder} for one room. */
    @Query("""
            select distinct p.e164 from Phone p, RoomMembership m
            where m.person = p.person and m.room.id = :roomId
              and p.status = community.porter.access.person.PhoneStatus.ACTIVE
              and p.optedOutAll = false
              and (m.validFrom is null or m.validFrom <= :now)
              and (m.validTo is null or m.validTo > :now)""")
    List<String> findResidentsOfRoom(@Param("roomId") Long roomId, @Param("now") Instant now);

    /**
     * Active phones of the residents of the rooms whose unit lies at or under the node with path
     * {@code path}, in one of {@code roles} (membership valid at {@code now}), opted out or not:
     * a broadcast records the opted-out ones as such.
     */
    @Query("""
            select distinct new community.porter.access.notice.AudiencePhone(p.e164, p.optedOutAll)
              from Phone p, RoomMembership m
            where m.person = p.person and m.room.unit.path like concat(:path, '%') and m.role in :roles
              and p.status = community.porter.access.person.PhoneStatus.ACTIVE
              and (m.validFrom is null or m.validFrom <= :now)
              and (m.validTo is null or m.validTo > :now)""")
    List<AudiencePhone> findResidentPhonesUnder(@Param("path") String path,
            @Param("roles") Collection<MembershipRole> roles, @Param("now") Instant now);

    /** As {@link #findResidentPhonesUnder} for one room. */
    @Query("""
            select distinct new community.porter.access.notice.AudiencePhone(p.e164, p.optedOutAll)
              from Phone p, RoomMembership m
            where m.person = p.person and m.room.id = :roomId and m.role in :roles
              and p.status = community.porter.access.person.PhoneStatus.ACTIVE
              and (m.validFrom is null or m.validFrom <= :now)
              and (m.validTo is null or m.validTo > :now)""")
    List<AudiencePhone> findResidentPhonesOfRoom(@Param("roomId") Long roomId,
            @Param("roles") Collection<MembershipRole> roles, @Param("now") Instant now);

    /** Active phones of the staff whose node lies at or under the node with path {@code path}. */
    @Query("""
            select distinct new community.porter.access.notice.AudiencePhone(p.e164, p.optedOutAll)
              from Phone p, StaffRole r
            where r.person = p.person and r.node.path like concat(:path, '%')
              and p.status = community.porter.access.person.PhoneStatus.ACTIVE""")
    List<AudiencePhone> findStaffPhonesUnder(@Param("path") String path);

    /** Those of {@code phones} whose owners opted out of all notices. */
    @Query("select p.e164 from Phone p where p.optedOutAll = true and p.e164 in :phones")
    List<String> findOptedOutAmong(@Param("phones") Collection<String> phones);

    /** Phones that opted out of channel {@code channelId} alone ({@code TD TZ}). */
    @Query("""
            select s.phone.e164 from Subscription s
            where s.channel.id = :channelId
              and s.state = community.porter.access.notice.SubscriptionState.OPTED_OUT""")
    List<String> findChannelOptOuts(@Param("channelId") Long channelId);

    /** Active phones that subscribed to channel {@code channelId} with {@code DY}, opted out of everything or not. */
    @Query("""
            select new community.porter.access.notice.AudiencePhone(s.phone.e164, s.phone.optedOutAll)
              from Subscription s
            where s.channel.id = :channelId
              and s.state = community.porter.access.notice.SubscriptionState.SUBSCRIBED
              and s.phone.status = community.porter.access.person.PhoneStatus.ACTIVE""")
    List<AudiencePhone> findSubscribedPhones(@Param("channelId") Long channelId);
}
