package community.porter.access.card;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Card loss cases. */
public interface CardLossCaseRepository extends JpaRepository<CardLossCase, Long> {

    Optional<CardLossCase> findByCaseNumber(String caseNumber);

    /** The open case of a card, if it is lost. */
    Optional<CardLossCase> findFirstByCardIdAndResolvedAtIsNullOrderByIdDesc(Long cardId);

    boolean existsByCaseNumber(String caseNumber);
}
