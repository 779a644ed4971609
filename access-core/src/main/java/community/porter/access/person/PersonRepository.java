package community.porter.access.person;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** People. */
public interface PersonRepository extends JpaRepository<Person, Long> {

    /** True when person {@code id} exists and lies in the scope of the node with path {@code scopePath}. */
    @Query("select count(p) > 0 from Person p where p.id = :id and " + PersonScope.OF_P)
    boolean isInScope(@Param("id") long id, @Param("scopePath") String scopePath);

    /**
     * The people in the scope of the node with path {@code scopePath}, by name; with a
     * {@code search} (already lower case, never {@code null}: {@code ""} matches everyone) only
     * those whose name or one of whose phone numbers contains it.
     */
    @Query(value = "select p from Person p where " + PersonScope.OF_P + " and (lower(p.name) like concat('%', :search, '%')"
            + " or exists (select ph.id from Phone ph where ph.person = p and ph.e164 like concat('%', :search, '%')))"
            + " order by p.name, p.id",
            countQuery = "select count(p) from Person p where " + PersonScope.OF_P
            + " and (lower(p.name) like concat('%', :search, '%')"
            + " or exists (select ph.id from Phone ph where ph.person = p and ph.e164 like concat('%', :search, '%')))")
    Page<Person> findInScope(@Param("scopePath") String scopePath, @Param("search") String search, Pageable page);
}
