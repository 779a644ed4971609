package community.porter.console.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem answers of the API, so every refusal has the same shape. */
final class Problems {

    private Problems() {
    }

    /** {@code 404} for {@code instance}, which names what was asked for. */
    static ResponseEntity<ProblemDetail> notFound(String title, String detail, String instance) {
        return of(HttpStatus.NOT_FOUND, title, detail, instance);
    }

    static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(instance));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
