package community.porter.console.api;

import community.porter.access.message.AppMessage;
import community.porter.access.message.AppMessages;
import community.porter.access.message.AppMessages.Submission;
import community.porter.access.message.AppPriority;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxPart;
import community.porter.access.message.OutboxPartRepository;
import community.porter.access.message.OutboxRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/messages}: send a message for another application. {@code GET /api/v1/messages/{id}}: what became of a message Porter sent (SPEC §6, §10) — its
 * state, when it was queued, sent and delivered, and each part with the SMSC's id for it and what
 * the part's delivery receipt said. {@code GET /api/v1/messages?to=} lists the messages sent to a
 * phone, newest first. Phone numbers are shown in full: this is the integration API.
 */
@RestController
@RequestMapping("/api/v1/messages")
class MessagesApi {

    static final int MAX_LIMIT = 100;

    private final OutboxRepository messages;
    private final OutboxPartRepository parts;
    private final AppMessages appMessages;

    MessagesApi(OutboxRepository messages, OutboxPartRepository parts, AppMessages appMessages) {
        this.messages = messages;
        this.parts = parts;
        this.appMessages = appMessages;
    }

    /**
     * One message as the API shows it.
     *
     * @param state         {@code QUEUED} (also while a transport is taking it), {@code SENT},
     *                      {@code DELIVERED}, {@code FAILED} or {@code EXPIRED}
     * @param failureReason why it failed or expired: the SMSC's refusal, or the part and the
     *                      state word of the receipt that settled it ({@code part 2: UNDELIV})
     * @param parts         the parts the transport accepted, in order; empty before that
     * @param createdAt     when Porter stored the message; the same instant as {@code queuedAt}
     * @param validUntil    after this the message is not sent any more but marked {@code EXPIRED}
     * @param priority      its lane on the way out: lower goes first
     * @param inboxId       the inbound message it answers, if it is a reply
     */
    record MessageView(long id, String to, String text, String kind, String state, String clientRef,
            String connector, Instant queuedAt, Instant sentAt, Instant deliveredAt, String failureReason,
            List<PartView> parts, Instant createdAt, Instant validUntil, int priority, Long inboxId) {

        static MessageView of(OutboxMessage message, List<OutboxPart> parts) {
            return new MessageView(message.getId(), message.getRecipient(), message.getText(), message.getKind().name(),
                    state(message.getState()), message.getClientRef(), message.getConnector(), message.getCreatedAt(),
                    message.getSentAt(), message.getDeliveredAt(), message.getFailureReason(),
                    parts.stream().map(PartView::of).toList(), message.getCreatedAt(), message.getValidUntil(),
                    message.getPriority(), message.getInboxId());
        }

        /** The states SPEC §10 names; SENDING is a moment inside Porter, not a state to integrate with. */
        private static String state(OutboxMessage.State state) {
            return state == OutboxMessage.State.SENDING ? OutboxMessage.State.QUEUED.name() : state.name();
        }
    }

    /**
     * One accepted part.
     *
     * @param smscId    the id the SMSC gave the part, as Porter matches receipts to it
     * @param state     {@code SENT} until a receipt settles it {@code DELIVERED}, {@code FAILED}
     *                  or {@code EXPIRED}
     * @param status    the state word of the part's last receipt ({@code DELIVRD}, {@code ENROUTE} …)
     * @param errorCode the error code the receipt carried
     */
    record PartView(int partNo, String connector, String smscId, String state, String status, String errorCode,
            Instant submittedAt, Instant receiptAt) {

        static PartView of(OutboxPart part) {
            String state = part.isSettled() ? part.getState().name() : OutboxPart.State.SENT.name();
            return new PartView(part.getPartNo(), part.getConnector(), part.getTransportId(), state,
                    part.getReceiptStatus(), part.getErrorCode(), part.getSubmittedAt(), part.getReceiptAt());
        }
    }

    /**
     * A message to send (SPEC §6, §10).
     *
     * @param to         the recipient, E.164 ({@code +8613800000001}) or national; required
     * @param text       what to send, split into SMS parts as needed; required
     * @param validUntil after this instant the message is not sent any more but marked
     *                   {@code EXPIRED}; must lie in the future
     * @param priority   {@code URGENT}, {@code NORMAL} (default) or {@code BULK}
     * @param clientRef  the application's own reference: the same message sent again under it
     *                   returns the first message's id instead of sending a second copy
     */
    record SendRequest(String to, String text, Instant validUntil, AppPriority priority, String clientRef) {
    }

    /**
     * The answer to a send.
     *
     * @param resubmission true when the message had been submitted before under the same
     *                     {@code clientRef}: nothing new was stored or sent
     */
    record Accepted(long id, boolean resubmission) {
    }

    /**
     * Stores a message to be sent and answers {@code 202} with its id and its address in
     * {@code Location}. Sent again under the same {@code clientRef} it answers {@code 200} with
     * the first message's id and {@code resubmission: true}; a {@code clientRef} already used for
     * a different recipient or text is a {@code 409} problem.
     */
    @PostMapping
    @Operation(summary = "Send a message", responses = {
            @ApiResponse(responseCode = "202", description = "Stored to be sent; Location names it",
                    content = @Content(schema = @Schema(implementation = Accepted.class))),
            @ApiResponse(responseCode = "200", description = "Sent before under this clientRef: the same message",
                    content = @Content(schema = @Schema(implementation = Accepted.class))),
            @ApiResponse(responseCode = "409", description = "The clientRef belongs to a different message",
                    content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))})
    ResponseEntity<Accepted> send(@RequestBody SendRequest request, Authentication caller) {
        Submission submission = appMessages.submit(new AppMessage(request.to(), request.text(), request.validUntil(),
                request.priority(), request.clientRef(), ApiCallers.origin(caller)));
        return ResponseEntity.status(submission.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(URI.create("/api/v1/messages/" + submission.id()))
                .body(new Accepted(submission.id(), !submission.created()));
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<?> message(@PathVariable long id) {
        return messages.findById(id)
                .<ResponseEntity<?>>map(m -> ResponseEntity.ok(MessageView.of(m, parts.findByMessageIdOrderByPartNo(id))))
                .orElseGet(() -> notFound(id));
    }

    /** Messages to {@code to} (E.164), or all messages, newest first; at most {@value #MAX_LIMIT}. */
    @GetMapping
    @Transactional(readOnly = true)
    List<MessageView> messages(@RequestParam(required = false) String to, @RequestParam(defaultValue = "20") int limit) {
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, MAX_LIMIT)));
        List<OutboxMessage> found = to == null || to.isBlank()
                ? messages.findAllByOrderByIdDesc(page)
                : messages.findByRecipientOrderByIdDesc(QueryPhones.fromQuery(to), page);
        Map<Long, List<OutboxPart>> partsByMessage = found.isEmpty() ? Map.of()
                : parts.findByMessageIdInOrderByPartNo(found.stream().map(OutboxMessage::getId).toList()).stream()
                        .collect(Collectors.groupingBy(OutboxPart::getMessageId));
        return found.stream().map(m -> MessageView.of(m, partsByMessage.getOrDefault(m.getId(), List.of()))).toList();
    }

    private static ResponseEntity<ProblemDetail> notFound(long id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No message " + id);
        problem.setTitle("Message not found");
        problem.setInstance(URI.create("/api/v1/messages/" + id));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
