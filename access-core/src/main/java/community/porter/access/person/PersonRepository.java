package community.porter.access.person;

import org.springframework.data.jpa.repository.JpaRepository;

/** People. */
public interface PersonRepository extends JpaRepository<Person, Long> {
}
