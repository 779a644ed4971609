package community.porter.access.person;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Staff roles. */
public interface StaffRoleRepository extends JpaRepository<StaffRole, Long> {

    List<StaffRole> findByPersonId(Long personId);

    /** The staff roles of a person with their nodes loaded, by node path. */
    @Query("select s from StaffRole s join fetch s.node where s.person.id = :personId order by s.node.path, s.id")
    List<StaffRole> findWithNodesByPersonId(@Param("personId") Long personId);

    /** Permissions and node id of each role of a person, without loading entities. */
    @Query("select s.permissions, s.node.id from StaffRole s where s.person.id = :personId")
    List<Object[]> findGrantsOf(@Param("personId") Long personId);

    /** Roles of staff on duty whose node is the node with {@code path} or one of its ancestors. */
    @Query("""
            select s from StaffRole s join fetch s.person
            where s.onDuty = true and :path like concat(s.node.path, '%')
            order by s.id""")
    List<StaffRole> findOnDutyOver(@Param("path") String path);
}
