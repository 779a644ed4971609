package community.porter.access.person;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Registered phones. */
public interface PhoneRepository extends JpaRepository<Phone, Long> {

    Optional<Phone> findByE164(String e164);

    /** The phone with its person loaded in the same query. */
    @Query("select p from Phone p join fetch p.person where p.e164 = :e164")
    Optional<Phone> findWithPersonByE164(@Param("e164") String e164);

    boolean existsByE164(String e164);

    List<Phone> findByPersonIdOrderByIdAsc(Long personId);

    /** Active phones of the people whose membership of the room is valid at {@code now}. */
    @Query("""
            select distinct p from Phone p, RoomMembership m
            where m.person = p.person and m.room.id = :roomId
              and p.status = community.porter.access.person.PhoneStatus.ACTIVE
              and (m.validFrom is null or m.validFrom <= :now)
              and (m.validTo is null or m.validTo > :now)
            order by p.id""")
    List<Phone> findActivePhonesOfRoom(@Param("roomId") Long roomId, @Param("now") Instant now);

    /** Active phones of staff on duty whose node is {@code path}'s node or one of its ancestors. */
    @Query("""
            select distinct p from Phone p, StaffRole s
            where s.person = p.person and s.onDuty = true
              and p.status = community.porter.access.person.PhoneStatus.ACTIVE
              and :path like concat(s.node.path, '%')
            order by p.id""")
    List<Phone> findActiveStaffPhonesOnDutyOver(@Param("path") String path);
}
