package community.porter.access.card;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** Wrong {@code JG} secrets per phone and card. */
public interface UnblockTriesRepository extends JpaRepository<UnblockTries, Long> {

    /** The row of a phone and card, locked: two nodes counting the same try must not both win. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<UnblockTries> findByPhoneAndCardNumber(String phone, String cardNumber);

    void deleteByPhoneAndCardNumber(String phone, String cardNumber);
}
