package community.porter.console.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxPart;
import community.porter.access.message.OutboxPartRepository;
import community.porter.access.message.OutboxRepository;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code GET /api/v1/messages/{id}} and {@code GET /api/v1/messages?to=} (SPEC §10). */
@SpringBootTest
@AutoConfigureMockMvc
class MessagesApiTest {

    static final String KEY = "configured-key-one";
    static final String RESIDENT = "+8613800000001";
    static final Instant QUEUED = Instant.parse("2026-11-23T08:00:00Z");
    static final Instant SENT = Instant.parse("2026-11-23T08:00:01Z");
    static final Instant DONE = Instant.parse("2026-11-23T08:00:07Z");

    @Autowired MockMvc mvc;
    @Autowired OutboxRepository messages;
    @Autowired OutboxPartRepository parts;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void clear() {
        parts.deleteAll();
        messages.deleteAll();
    }

    @Test
    void aDeliveredMessageShowsItsTimesAndEachPartWithItsSmscIdAndReceipt() throws Exception {
        OutboxMessage message = sent("Commands: KM, CX …", "a00001", "a00002");
        message.markDelivered(DONE);
        messages.save(message);
        settle(message, "DELIVERED", "DELIVRD", null);

        mvc.perform(get("/api/v1/messages/" + message.getId()).header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(message.getId()))
                .andExpect(jsonPath("$.to").value(RESIDENT))
                .andExpect(jsonPath("$.state").value("DELIVERED"))
                .andExpect(jsonPath("$.queuedAt").value("2026-11-23T08:00:00Z"))
                .andExpect(jsonPath("$.sentAt").value("2026-11-23T08:00:01Z"))
                .andExpect(jsonPath("$.deliveredAt").value("2026-11-23T08:00:07Z"))
                .andExpect(jsonPath("$.parts.length()").value(2))
                .andExpect(jsonPath("$.parts[0].partNo").value(1))
                .andExpect(jsonPath("$.parts[0].smscId").value("a00001"))
                .andExpect(jsonPath("$.parts[1].smscId").value("a00002"))
                .andExpect(jsonPath("$.parts[1].state").value("DELIVERED"))
                .andExpect(jsonPath("$.parts[1].status").value("DELIVRD"))
                .andExpect(jsonPath("$.parts[1].receiptAt").value("2026-11-23T08:00:07Z"));
    }

    @Test
    void aFailedMessageSaysWhichPartFailedAndWhy() throws Exception {
        OutboxMessage message = sent("Door 1-1 is open.", "b1");
        message.markUndelivered(OutboxMessage.State.FAILED, "part 1: UNDELIV, error 027");
        messages.save(message);
        settle(message, "FAILED", "UNDELIV", "027");

        mvc.perform(get("/api/v1/messages/" + message.getId()).header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FAILED"))
                .andExpect(jsonPath("$.failureReason").value("part 1: UNDELIV, error 027"))
                .andExpect(jsonPath("$.deliveredAt").doesNotExist())
                .andExpect(jsonPath("$.parts[0].state").value("FAILED"))
                .andExpect(jsonPath("$.parts[0].errorCode").value("027"));
    }

    @Test
    void aMessageBeingHandedToATransportIsStillQueuedAndHasNoParts() throws Exception {
        OutboxMessage message = messages.save(new OutboxMessage(OutboxMessage.Kind.API, 5, RESIDENT, "hello", null,
                "crm-42", null, QUEUED));
        transaction.executeWithoutResult(s -> messages.claim(message.getId()));

        mvc.perform(get("/api/v1/messages/" + message.getId()).header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("QUEUED"))
                .andExpect(jsonPath("$.clientRef").value("crm-42"))
                .andExpect(jsonPath("$.sentAt").doesNotExist())
                .andExpect(jsonPath("$.parts").isEmpty());
    }

    @Test
    void theMessagesToAPhoneComeNewestFirstWithTheirParts() throws Exception {
        OutboxMessage older = sent("first", "c1");
        OutboxMessage newer = sent("second", "c2", "c3");
        messages.save(new OutboxMessage(OutboxMessage.Kind.REPLY, 5, "+8613800000002", "to someone else", null, null,
                null, QUEUED));

        // An unencoded + arrives as a space.
        mvc.perform(get("/api/v1/messages?to=+8613800000001").header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(newer.getId()))
                .andExpect(jsonPath("$[0].parts.length()").value(2))
                .andExpect(jsonPath("$[1].id").value(older.getId()))
                .andExpect(jsonPath("$[1].parts[0].smscId").value("c1"));
        mvc.perform(get("/api/v1/messages?limit=1").header("X-API-Key", KEY))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void anUnknownMessageIs404AsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/messages/999999").header("X-API-Key", KEY))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.instance").value("/api/v1/messages/999999"));
    }

    @Test
    void theMessagesApiNeedsAKey() throws Exception {
        mvc.perform(get("/api/v1/messages/1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/messages?to=%2B8613800000001")).andExpect(status().isUnauthorized());
    }

    private OutboxMessage sent(String text, String... smscIds) {
        OutboxMessage message = messages.save(new OutboxMessage(OutboxMessage.Kind.REPLY, 5, RESIDENT, text, null, null,
                null, QUEUED));
        for (int i = 0; i < smscIds.length; i++) {
            parts.save(new OutboxPart(message.getId(), i + 1, "operator", smscIds[i], SENT));
        }
        message.markSent("operator", smscIds.length, SENT);
        return messages.save(message);
    }

    /** The last part takes a receipt's final state. */
    private void settle(OutboxMessage message, String state, String status, String errorCode) {
        var all = parts.findByMessageIdOrderByPartNo(message.getId());
        for (OutboxPart part : all) {
            if (part.getPartNo() == all.size()) {
                part.settle(OutboxPart.State.valueOf(state), status, errorCode, DONE);
                parts.save(part);
            }
        }
    }
}
