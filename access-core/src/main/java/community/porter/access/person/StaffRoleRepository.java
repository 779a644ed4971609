package community.porter.access.person;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Staff roles. */
public interface StaffRoleRepository extends JpaRepository<StaffRole, Long> {

    List<StaffRole> findByPersonId(Long personId);

    /** Permissions and node id of each role of a person, without loading entities. */
    @Query("select s.permissions, s.node.id from StaffRole s where s.person.id = :personId")
    List<Object[]> findGrantsOf(@Param("personId") Long personId);
}
