package community.porter.access.card;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Access cards. */
public interface CardRepository extends JpaRepository<Card, Long> {

    Optional<Card> findByNumber(String number);

    List<Card> findByHolderIdOrderByNumberAsc(Long holderId);

    List<Card> findByHolderIdAndStatusOrderByNumberAsc(Long holderId, CardStatus status);
}
