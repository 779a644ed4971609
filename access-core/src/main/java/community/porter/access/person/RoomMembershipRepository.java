package community.porter.access.person;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Room memberships. */
public interface RoomMembershipRepository extends JpaRepository<RoomMembership, Long> {

    List<RoomMembership> findByPersonId(Long personId);

    List<RoomMembership> findByRoomId(Long roomId);

    /** Every membership of a person, past, present and future, with room, unit and community loaded. */
    @Query("""
            select m from RoomMembership m join fetch m.room r join fetch r.unit join fetch r.community
            where m.person.id = :personId
            order by r.community.code, r.code, m.id""")
    List<RoomMembership> findWithRoomsByPersonId(@Param("personId") Long personId);

    /** Every membership of a room, past, present and future, with its people loaded. */
    @Query("""
            select m from RoomMembership m join fetch m.person
            where m.room.id = :roomId
            order by m.person.name, m.id""")
    List<RoomMembership> findWithPeopleByRoomId(@Param("roomId") Long roomId);

    /** Memberships of a room valid at {@code now}, with their people loaded. */
    @Query("""
            select m from RoomMembership m join fetch m.person
            where m.room.id = :roomId
              and (m.validFrom is null or m.validFrom <= :now)
              and (m.validTo is null or m.validTo > :now)
            order by m.id""")
    List<RoomMembership> findValidInRoom(@Param("roomId") Long roomId, @Param("now") Instant now);

    /**
     * The memberships of a person valid at {@code now}, flattened with the codes a reply needs;
     * one query for the sender lookup of every SMS.
     */
    @Query("""
            select new community.porter.access.person.Sender$Membership(
                r.id, r.code, m.role, u.id, u.code, c.id, c.code)
            from RoomMembership m join m.room r join r.unit u join r.community c
            where m.person.id = :personId
              and (m.validFrom is null or m.validFrom <= :now)
              and (m.validTo is null or m.validTo > :now)
            order by r.code""")
    List<Sender.Membership> findValidMembershipsOf(@Param("personId") Long personId,
            @Param("now") Instant now);

    /** Every membership (past, present, future) of these people, with their rooms loaded. */
    @Query("select m from RoomMembership m join fetch m.room where m.person.id in :personIds order by m.room.code")
    List<RoomMembership> findWithRoomsByPersonIdIn(@Param("personIds") Collection<Long> personIds);
}
