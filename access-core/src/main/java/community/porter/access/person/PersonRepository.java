package community.porter.access.person;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** People. */
public interface PersonRepository extends JpaRepository<Person, Long> {

    /** True when person {@code id} exists and lies in the scope of the node with path {@code scopePath}. */
    @Query("select count(p) > 0 from Person p where p.id = :id and " + PersonScope.OF_P)
    boolean isInScope(@Param("id") long id, @Param("scopePath") String scopePath);
}
