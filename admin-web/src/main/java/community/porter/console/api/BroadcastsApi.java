package community.porter.console.api;

import community.porter.access.notice.Broadcast;
import community.porter.access.notice.BroadcastProgress;
import community.porter.access.notice.BroadcastRecipients;
import community.porter.access.notice.Broadcasts;
import community.porter.access.notice.RecipientStatus;
import community.porter.access.notice.RejectedEntry;
import community.porter.console.security.ApiKeyAuthentication;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Broadcasts through the API: {@code POST /api/v1/broadcasts} starts one (to a channel, a scope,
 * roles within a scope or a list of phones) and answers {@code 202} with its id, how many phones
 * it reaches and every list entry that was not taken; {@code GET /api/v1/broadcasts/{id}} shows
 * its progress (counts per recipient status, percentage done); {@code GET
 * /api/v1/broadcasts/{id}/recipients?status=&limit=} lists recipients;
 * {@code POST /api/v1/broadcasts/{id}/cancel} stops what is not released yet. Problems are
 * answered as RFC 7807 problem details.
 */
@RestController
@RequestMapping("/api/v1/broadcasts")
class BroadcastsApi {

    static final int MAX_LIMIT = 1000;

    private final BroadcastPosting posting;
    private final Broadcasts broadcasts;

    BroadcastsApi(BroadcastPosting posting, Broadcasts broadcasts) {
        this.posting = posting;
        this.broadcasts = broadcasts;
    }

    /**
     * The answer to a started broadcast.
     *
     * @param recipients phones it will reach
     * @param optedOut   phones it leaves out because they opted out of notices
     * @param rejected   list entries not taken, with the reason
     */
    record Started(long id, int recipients, int optedOut, List<RejectedEntry> rejected) {
    }

    /** The answer to a cancel. */
    record Cancelled(long id, String state) {
    }

    @PostMapping
    ResponseEntity<?> start(@RequestBody BroadcastPosting.Posted posted, Authentication caller) {
        boolean api = caller instanceof ApiKeyAuthentication;
        BroadcastPosting.Checked checked = posting.check(posted,
                api ? Broadcast.AuthorKind.API : Broadcast.AuthorKind.CONSOLE, caller.getName());
        if (!checked.errors().isEmpty()) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid broadcast",
                    String.join("; ", checked.errors()), "/api/v1/broadcasts");
            problem.setProperty("errors", checked.errors());
            if (!checked.rejected().isEmpty()) {
                problem.setProperty("rejected", checked.rejected());
            }
            return answer(problem);
        }
        Broadcasts.Created created = broadcasts.create(checked.request());
        return ResponseEntity.accepted().location(URI.create("/api/v1/broadcasts/" + created.id()))
                .body(new Started(created.id(), created.recipients(), created.optedOut(), checked.rejected()));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> progress(@PathVariable long id) {
        return broadcasts.progress(id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(id));
    }

    /** Recipients in the order they were stored, only those with {@code status} if given; at most {@value #MAX_LIMIT}. */
    @GetMapping("/{id}/recipients")
    ResponseEntity<?> recipients(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "100") int limit) {
        RecipientStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = RecipientStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return answer(problem(HttpStatus.BAD_REQUEST, "Invalid status", "status must be one of "
                        + Arrays.toString(RecipientStatus.values()), "/api/v1/broadcasts/" + id + "/recipients"));
            }
        }
        if (broadcasts.progress(id).isEmpty()) {
            return notFound(id);
        }
        List<BroadcastRecipients.Recipient> found = broadcasts.recipients(id, wanted,
                Math.max(1, Math.min(limit, MAX_LIMIT)));
        return ResponseEntity.ok(found);
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<?> cancel(@PathVariable long id) {
        return switch (broadcasts.cancel(id)) {
            case CANCELLED -> ResponseEntity.ok(new Cancelled(id, Broadcast.State.CANCELLED.name()));
            case ALREADY_FINISHED -> answer(problem(HttpStatus.CONFLICT, "Broadcast finished",
                    "Broadcast " + id + " is " + broadcasts.progress(id).map(BroadcastProgress::state).orElseThrow()
                            + " already", "/api/v1/broadcasts/" + id + "/cancel"));
            case NOT_FOUND -> notFound(id);
        };
    }

    /** A body that is no JSON, or whose fields have the wrong form (a time that is no ISO-8601 instant). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return answer(problem(HttpStatus.BAD_REQUEST, "Unreadable broadcast",
                "The body must be a JSON broadcast: {text, target:{channel|scope|role|phones}, community?, urgent?,"
                        + " scheduledAt?, validUntil?} with times as ISO-8601 instants", "/api/v1/broadcasts"));
    }

    private static ResponseEntity<ProblemDetail> notFound(long id) {
        return answer(problem(HttpStatus.NOT_FOUND, "Broadcast not found", "No broadcast " + id,
                "/api/v1/broadcasts/" + id));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(instance));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
