package community.porter.access.person;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Phone bindings. */
public interface PhoneBindingRepository extends JpaRepository<PhoneBinding, Long> {

    /** The latest binding of a phone; older ones are superseded when a new code is sent. */
    Optional<PhoneBinding> findFirstByPhoneIdOrderByIdDesc(Long phoneId);
}
