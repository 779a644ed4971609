package community.porter.access.card;

import community.porter.access.person.PersonScope;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Access cards. */
public interface CardRepository extends JpaRepository<Card, Long> {

    /** A card is in a console user's scope when its holder is ({@link PersonScope}). */
    String IN_SCOPE = " from Card c join c.holder p where " + PersonScope.OF_P
            + " and (:status is null or c.status = :status)"
            + " and (:term = '' or upper(c.number) like concat('%', :term, '%')"
            + " or upper(p.name) like concat('%', :term, '%')"
            + " or exists (select ph.id from Phone ph where ph.person = p and ph.e164 like concat('%', :term, '%')))";

    Optional<Card> findByNumber(String number);

    /** Card {@code id}, locked: two people changing one card at once must not both see it unchanged. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Card c where c.id = :id")
    Optional<Card> findForChange(@Param("id") long id);

    List<Card> findByHolderIdOrderByNumberAsc(Long holderId);

    List<Card> findByHolderIdAndStatusOrderByNumberAsc(Long holderId, CardStatus status);

    /**
     * The cards whose holder lies in the scope of {@code scopePath}, in {@code status} (any when
     * {@code null}), whose number, holder name or holder phone contains {@code term} (upper case;
     * empty: all).
     */
    @Query(value = "select c" + IN_SCOPE + " order by c.number", countQuery = "select count(c)" + IN_SCOPE)
    Page<Card> findInScope(@Param("scopePath") String scopePath, @Param("status") CardStatus status,
            @Param("term") String term, Pageable page);
}
