package community.porter.access.person;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    /**
     * The phones whose person lies in the scope of the node with path {@code scopePath}
     * ({@link PersonScope#OF_P}), with their people loaded, newest first.
     *
     * @param status only phones in this state; {@code null} for all
     * @param search a fragment of the number or of the person's name (case-insensitive); empty
     *               for all
     */
    @Query(value = "select ph from Phone ph join fetch ph.person p where " + PersonScope.OF_P
            + SCOPED_FILTER + " order by ph.id desc",
            countQuery = "select count(ph) from Phone ph join ph.person p where " + PersonScope.OF_P
                    + SCOPED_FILTER)
    Page<Phone> findInScope(@Param("scopePath") String scopePath, @Param("status") PhoneStatus status,
            @Param("search") String search, Pageable page);

    /** The filter of {@link #findInScope}: status, and a number or name fragment. */
    String SCOPED_FILTER = " and (:status is null or ph.status = :status)"
            + " and (:search = '' or ph.e164 like concat('%', :search, '%')"
            + " or lower(p.name) like lower(concat('%', :search, '%')))";

    /** The phone with its person, when it exists and its person lies in the scope of {@code scopePath}. */
    @Query("select ph from Phone ph join fetch ph.person p where ph.id = :id and " + PersonScope.OF_P)
    Optional<Phone> findInScope(@Param("id") long id, @Param("scopePath") String scopePath);
}
