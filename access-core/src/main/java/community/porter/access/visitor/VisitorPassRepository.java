package community.porter.access.visitor;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Visitor passes. */
public interface VisitorPassRepository extends JpaRepository<VisitorPass, Long> {

    /** Live passes of a visitor phone (all communities), latest first. */
    @Query("""
            select p from VisitorPass p
            where p.visitorPhone = :phone
              and p.state = community.porter.access.visitor.PassState.ACTIVE
              and p.validFrom <= :now and p.validTo > :now
            order by p.validTo desc""")
    List<VisitorPass> findLiveByVisitorPhone(@Param("phone") String phone,
            @Param("now") Instant now);

    /** Live passes issued for one of a resident's rooms ({@code CX FK}). */
    @Query("""
            select p from VisitorPass p
            where p.room.id in :roomIds
              and p.state = community.porter.access.visitor.PassState.ACTIVE
              and p.validTo > :now
            order by p.validTo desc""")
    List<VisitorPass> findLiveByRooms(@Param("roomIds") Collection<Long> roomIds,
            @Param("now") Instant now);

    /** True when a live pass of the community already uses {@code passCode}. */
    @Query("""
            select count(p) > 0 from VisitorPass p
            where p.community.id = :communityId and p.passCode = :passCode
              and p.state = community.porter.access.visitor.PassState.ACTIVE
              and p.validTo > :now""")
    boolean isCodeLive(@Param("communityId") Long communityId,
            @Param("passCode") String passCode, @Param("now") Instant now);

    /** Active passes of a visitor phone in a community, e.g. to revoke them on blacklisting. */
    List<VisitorPass> findByCommunityIdAndVisitorPhoneAndState(Long communityId,
            String visitorPhone, PassState state);

    /** How many passes a visitor phone got in a community since {@code since} (pass policy). */
    long countByCommunityIdAndVisitorPhoneAndCreatedAtGreaterThanEqual(Long communityId,
            String visitorPhone, Instant since);

    /** Active passes past their validity, for the expiry sweep. */
    List<VisitorPass> findByStateAndValidToLessThanEqual(PassState state, Instant now);

    /** Live passes of rooms at or under the node with {@code scopePath}, ending soonest first. */
    @Query(value = """
            select p from VisitorPass p
            where p.state = community.porter.access.visitor.PassState.ACTIVE and p.validTo > :now
              and p.room.unit.path like concat(:scopePath, '%')
            order by p.validTo, p.id""", countQuery = """
            select count(p) from VisitorPass p
            where p.state = community.porter.access.visitor.PassState.ACTIVE and p.validTo > :now
              and p.room.unit.path like concat(:scopePath, '%')""")
    Page<VisitorPass> findLiveInScope(@Param("scopePath") String scopePath, @Param("now") Instant now,
            Pageable page);
}
