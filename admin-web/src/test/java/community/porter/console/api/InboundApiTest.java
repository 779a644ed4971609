package community.porter.console.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.message.CommandLogEntry;
import community.porter.access.message.CommandLogRepository;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
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

/** {@code GET /api/v1/inbound/{id}}: a received message, its handling and its replies' lives. */
@SpringBootTest
@AutoConfigureMockMvc
class InboundApiTest {

    static final String KEY = "configured-key-one";
    static final String RESIDENT = "+8613800000001";
    static final Instant RECEIVED = Instant.parse("2026-11-23T08:00:00Z");
    static final Instant HANDLED = Instant.parse("2026-11-23T08:00:00.200Z");
    static final Instant SENT = Instant.parse("2026-11-23T08:00:01Z");
    static final Instant DELIVERED = Instant.parse("2026-11-23T08:00:04Z");

    @Autowired MockMvc mvc;
    @Autowired InboxRepository inbox;
    @Autowired CommandLogRepository commandLog;
    @Autowired OutboxRepository outbox;
    @Autowired OutboxPartRepository parts;

    @AfterEach
    void clear() {
        parts.deleteAll();
        outbox.deleteAll();
        commandLog.deleteAll();
        inbox.deleteAll();
    }

    @Test
    void aHandledMessageShowsItsCommandAndEachReplyWithQueuedSentAndDeliveredTimes() throws Exception {
        InboxMessage received = inbox.save(new InboxMessage("operator", RESIDENT, "10690000", "KM 1-1", "m-1", null,
                RECEIVED, false, "operator:m-1"));
        received.markHandled(HANDLED);
        inbox.save(received);
        commandLog.save(new CommandLogEntry(received.getId(), RESIDENT, "KM 1-1", "KM", CommandOutcome.OK, 2,
                "door 1-1 opened", RECEIVED, HANDLED));
        OutboxMessage delivered = outbox.save(new OutboxMessage(OutboxMessage.Kind.REPLY, 1, RESIDENT, "Door 1-1 is open.",
                received.getId(), null, null, HANDLED));
        parts.save(new OutboxPart(delivered.getId(), 1, "operator", "s-1", SENT));
        delivered.markSent("operator", 1, SENT);
        delivered.markDelivered(DELIVERED);
        outbox.save(delivered);
        OutboxMessage queued = outbox.save(new OutboxMessage(OutboxMessage.Kind.NOTICE, 5, "+8613900000001",
                "Someone opened 1-1", received.getId(), null, null, HANDLED));
        outbox.save(new OutboxMessage(OutboxMessage.Kind.REPLY, 1, RESIDENT, "an answer to something else", null, null,
                null, HANDLED));

        mvc.perform(get("/api/v1/inbound/" + received.getId()).header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(received.getId()))
                .andExpect(jsonPath("$.from").value(RESIDENT))
                .andExpect(jsonPath("$.text").value("KM 1-1"))
                .andExpect(jsonPath("$.receivedAt").value("2026-11-23T08:00:00Z"))
                .andExpect(jsonPath("$.state").value("HANDLED"))
                .andExpect(jsonPath("$.handledAt").value("2026-11-23T08:00:00.200Z"))
                .andExpect(jsonPath("$.command.command").value("KM"))
                .andExpect(jsonPath("$.command.outcome").value("OK"))
                .andExpect(jsonPath("$.command.replyCount").value(2))
                .andExpect(jsonPath("$.replies.length()").value(2))
                .andExpect(jsonPath("$.replies[0].id").value(delivered.getId()))
                .andExpect(jsonPath("$.replies[0].state").value("DELIVERED"))
                .andExpect(jsonPath("$.replies[0].queuedAt").value("2026-11-23T08:00:00.200Z"))
                .andExpect(jsonPath("$.replies[0].sentAt").value("2026-11-23T08:00:01Z"))
                .andExpect(jsonPath("$.replies[0].deliveredAt").value("2026-11-23T08:00:04Z"))
                .andExpect(jsonPath("$.replies[0].parts[0].smscId").value("s-1"))
                .andExpect(jsonPath("$.replies[1].id").value(queued.getId()))
                .andExpect(jsonPath("$.replies[1].state").value("QUEUED"))
                .andExpect(jsonPath("$.replies[1].sentAt").doesNotExist());
    }

    @Test
    void aMessageNotYetHandledHasNoCommandAndNoReplies() throws Exception {
        InboxMessage received = inbox.save(new InboxMessage("operator", RESIDENT, "10690000", "H", "m-2", null,
                RECEIVED, false, "operator:m-2"));

        mvc.perform(get("/api/v1/inbound/" + received.getId()).header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.command").doesNotExist())
                .andExpect(jsonPath("$.replies").isEmpty());
    }

    @Test
    void anUnknownInboundMessageIs404AsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/inbound/424242").header("X-API-Key", KEY))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.instance").value("/api/v1/inbound/424242"));
    }

    @Test
    void anIdThatIsNoNumberIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/inbound/abc").header("X-API-Key", KEY))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("id"));
    }

    @Test
    void theInboundApiNeedsAKey() throws Exception {
        mvc.perform(get("/api/v1/inbound/1")).andExpect(status().isUnauthorized());
    }
}
