package community.porter.access.message;

import org.springframework.data.jpa.repository.JpaRepository;

/** Phones Porter does not know that have written to it. */
public interface UnregisteredContactRepository extends JpaRepository<UnregisteredContact, String> {
}
