package community.porter.console.api;

import community.porter.access.visitor.KioskIntake;
import community.porter.access.visitor.KioskVisitRequest;
import community.porter.access.visitor.KioskVisitRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/visitor-requests}: a visitor's request typed at a kiosk by the gate. It takes
 * the path an {@code SQ} SMS from the visitor's phone takes (same checks, approval SMS to the
 * residents, pass code by SMS to the visitor); the kiosk follows it at
 * {@code GET /api/v1/inbound/{id}}, where the command's outcome and the SMS sent appear.
 */
@RestController
@RequestMapping("/api/v1/visitor-requests")
class VisitorRequestsApi {

    private final KioskVisitRequests requests;

    VisitorRequestsApi(KioskVisitRequests requests) {
        this.requests = requests;
    }

    /**
     * A visitor's request.
     *
     * @param visitorPhone the visitor's mobile number, where the pass code goes; required
     * @param visitorName  the name the visitor gave, shown to the residents asked; required
     * @param type         {@code KD}, {@code WM}, {@code WX}, {@code SS} or {@code FK}; optional
     * @param room         the room to visit, building-unit-room ({@code 3-1-201}); required
     * @param requestRef   the kiosk's own id of the request: sent again, it is the same request,
     *                     not a second one; required
     * @param kiosk        which kiosk asks (letters, digits, {@code -}, {@code _}); defaults to the
     *                     API key's name, so each key's references are its own
     */
    record VisitorRequest(String visitorPhone, String visitorName, String type, String room, String requestRef,
            String kiosk) {
    }

    /**
     * The answer to a request.
     *
     * @param id           the stored request: follow it at {@code GET /api/v1/inbound/{id}}
     * @param resubmission true when the request had been received before under the same
     *                     {@code requestRef}: this call changed nothing
     */
    record Accepted(long id, boolean resubmission) {
    }

    /**
     * Stores the request and has it handled; {@code 202} with its id and, in {@code Location},
     * where to follow it. The same {@code requestRef} again answers {@code 200} with the first
     * request's id and {@code resubmission: true}.
     */
    @PostMapping
    @Operation(summary = "Submit a visitor's request from a kiosk", responses = {
            @ApiResponse(responseCode = "202", description = "Stored and being handled; Location is where to follow it",
                    content = @Content(schema = @Schema(implementation = Accepted.class))),
            @ApiResponse(responseCode = "200", description = "Received before under this requestRef: the same request",
                    content = @Content(schema = @Schema(implementation = Accepted.class)))})
    ResponseEntity<Accepted> submit(@RequestBody VisitorRequest request, Authentication caller) {
        String kiosk = request.kiosk() == null || request.kiosk().isBlank() ? ApiCallers.kiosk(caller) : request.kiosk();
        KioskIntake intake = requests.submit(new KioskVisitRequest(kiosk, request.requestRef(), request.visitorPhone(),
                request.visitorName(), request.type(), request.room()));
        return ResponseEntity.status(intake.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/inbound/" + intake.inboxId()))
                .body(new Accepted(intake.inboxId(), intake.duplicate()));
    }
}
