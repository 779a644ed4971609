package community.porter.console.api;

import community.porter.access.card.Card;
import community.porter.access.card.CardRepository;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/cards/{number}}: a card, its holder and its status (SPEC §10). */
@RestController
@RequestMapping("/api/v1/cards")
class CardApi {

    private final CardRepository cards;

    CardApi(CardRepository cards) {
        this.cards = cards;
    }

    /** One card as the API shows it; {@code holder} is the holder's name. */
    record CardView(String number, String holder, String status) {

        static CardView of(Card card) {
            return new CardView(card.getNumber(), card.getHolder().getName(), card.getStatus().name());
        }
    }

    @GetMapping("/{number}")
    @Transactional(readOnly = true)
    ResponseEntity<?> card(@PathVariable String number) {
        // Card numbers are stored as people type them in commands: upper case.
        return cards.findByNumber(number.toUpperCase(Locale.ROOT))
                .<ResponseEntity<?>>map(card -> ResponseEntity.ok(CardView.of(card)))
                .orElseGet(() -> notFound(number));
    }

    private static ResponseEntity<ProblemDetail> notFound(String number) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No card " + number);
        problem.setTitle("Card not found");
        problem.setInstance(URI.create("/api/v1/cards/" + number));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
