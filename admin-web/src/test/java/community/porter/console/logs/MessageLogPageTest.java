package community.porter.console.logs;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.audit.AuditEntry;
import community.porter.access.audit.AuditEntryRepository;
import community.porter.access.console.ConsoleUser;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.OutboxMessage;
import community.porter.console.ConsoleTestData;
import community.porter.console.ConsoleTestData.TwoCommittees;
import community.porter.console.MessageRows;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The message log page: search, paging, scope, the life of one message, escaping, audit. */
@SpringBootTest
@AutoConfigureMockMvc
class MessageLogPageTest {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final String VISITOR = "+8613999990000";
    static final Pattern ROW = Pattern.compile("data-message=\"((?:in|out)-\\d+)\"");
    static final Pattern NEXT = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired MessageRows rows;
    @Autowired AuditEntryRepository audit;

    TwoCommittees tree;
    String phoneA;
    String phoneB;

    @BeforeEach
    void tree() {
        data.clear();
        tree = data.twoCommittees();
        phoneA = tree.a().phone().getE164();
        phoneB = tree.b().phone().getE164();
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void eachFilterNarrowsTheList() throws Exception {
        InboxMessage km = rows.received(phoneA, "KM 1", T0, "KM", CommandOutcome.OK);
        OutboxMessage opened = rows.reply(km, "Door open", T0.plusSeconds(1), m -> m.markSent("smsc", 1, T0));
        InboxMessage unknown = rows.received(phoneB, "XYZ", T0.plusSeconds(86_400 * 3), null,
                CommandOutcome.UNKNOWN_COMMAND);
        OutboxMessage failed = rows.reply(unknown, "Unknown command", T0.plusSeconds(86_400 * 3 + 1),
                m -> m.markFailed("rejected by SMSC"));
        ConsoleUser district = tree.districtAdmin();

        assertThat(lines(get("/logs"), district)).containsExactly(out(failed), in(unknown), out(opened), in(km));
        assertThat(lines(get("/logs").param("phone", phoneA), district)).containsExactly(out(opened), in(km));
        // As people type it: national, with spaces.
        assertThat(phoneA).isEqualTo("+8613700000001");
        assertThat(lines(get("/logs").param("phone", "137 0000 0001"), district))
                .containsExactly(out(opened), in(km));
        assertThat(lines(get("/logs").param("direction", "in"), district)).containsExactly(in(unknown), in(km));
        assertThat(lines(get("/logs").param("direction", "out"), district)).containsExactly(out(failed), out(opened));
        assertThat(lines(get("/logs").param("state", "FAILED"), district)).containsExactly(out(failed));
        assertThat(lines(get("/logs").param("command", "km"), district)).containsExactly(in(km));
        assertThat(lines(get("/logs").param("outcome", "UNKNOWN_COMMAND"), district)).containsExactly(in(unknown));
        assertThat(lines(get("/logs").param("text", "door"), district)).containsExactly(out(opened));
        assertThat(lines(get("/logs").param("from", "2026-03-03"), district)).containsExactly(out(failed), in(unknown));
        assertThat(lines(get("/logs").param("to", "2026-03-02"), district)).containsExactly(out(opened), in(km));
    }

    @Test
    void theLogAndTheAuditLogSpeakChineseByDefaultAndEnglishOnRequest() throws Exception {
        assertThat(page(get("/logs"), tree.staffA())).contains("<h1>短信记录</h1>", "id=\"messages\"");
        assertThat(page(get("/logs").param("lang", "en"), tree.staffA())).contains("<h1>Message log</h1>");
        assertThat(page(get("/system/audit"), tree.districtAdmin())).contains("<h1>审计日志</h1>", "id=\"audit\"");
        assertThat(page(get("/system/audit").param("lang", "en"), tree.districtAdmin()))
                .contains("<h1>Audit log</h1>");
    }

    @Test
    void aDateThatIsNoDateIsMarkedAndTheRestOfTheSearchStillAnswers() throws Exception {
        InboxMessage km = rows.received(phoneA, "KM 1", T0, "KM", CommandOutcome.OK);

        String page = page(get("/logs").param("from", "yesterday").param("command", "KM"), tree.districtAdmin());
        assertThat(page).contains("aria-invalid=\"true\"", "class=\"field-error\"");
        assertThat(rowsOf(page)).containsExactly(in(km));
    }

    @Test
    void pagesOfFiftyFollowOneAnotherAndTheSearchIsAuditedOnce() throws Exception {
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            stored.add(0, in(rows.received(phoneA, "H " + i, T0.plusSeconds(i), "H", CommandOutcome.OK)));
        }
        String first = page(get("/logs").param("phone", phoneA), tree.committeeAdminA());
        assertThat(rowsOf(first)).containsExactlyElementsOf(stored.subList(0, 50));
        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).isTrue();
        String second = page(get(URI.create(next.group(1).replace("&amp;", "&"))), tree.committeeAdminA());
        assertThat(rowsOf(second)).containsExactlyElementsOf(stored.subList(50, 60));
        assertThat(second).doesNotContain("id=\"next-page\"");

        assertThat(audit.findAll()).filteredOn(e -> e.getAction().equals("MESSAGES_SEARCHED")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("console:committee-a"))
                .satisfies(e -> assertThat(e.getDetail()).isEqualTo("phone=" + phoneA))
                .satisfies(e -> assertThat(e.getScopePath()).isEqualTo(tree.a().committee().getPath()));
    }

    @Test
    void aCommitteeNeverSeesTheOtherCommitteesMessagesNorUnregisteredSenders() throws Exception {
        InboxMessage fromA = rows.received(phoneA, "H", T0, "H", CommandOutcome.OK);
        InboxMessage fromB = rows.received(phoneB, "H", T0, "H", CommandOutcome.OK);
        OutboxMessage toB = rows.reply(fromB, "help", T0, m -> { });
        InboxMessage fromVisitor = rows.received(VISITOR, "FK 1-1-101", T0, "FK", CommandOutcome.OK);

        assertThat(lines(get("/logs"), tree.committeeAdminA())).containsExactly(in(fromA));
        assertThat(lines(get("/logs").param("phone", phoneB), tree.committeeAdminA())).isEmpty();
        assertThat(lines(get("/logs"), tree.committeeAdminB())).containsExactly(out(toB), in(fromB));
        assertThat(lines(get("/logs"), tree.districtAdmin())).contains(in(fromVisitor), in(fromA), in(fromB));
        assertThat(lines(get("/logs"), tree.streetAdmin())).doesNotContain(in(fromVisitor));

        mvc.perform(get("/logs/in/" + fromB.getId()).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/logs/in/" + fromVisitor.getId()).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/logs/in/999999").with(signedIn(tree.districtAdmin()))).andExpect(status().isNotFound());
        mvc.perform(get("/logs/in/" + fromA.getId()).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk());
        mvc.perform(get("/logs/in/" + fromVisitor.getId()).with(signedIn(tree.districtAdmin())))
                .andExpect(status().isOk());
    }

    @Test
    void theDetailShowsTheCommandAndEachReplyWithItsParts() throws Exception {
        InboxMessage km = rows.received(phoneA, "KM 1", T0, "KM", CommandOutcome.DOOR_OFFLINE);
        OutboxMessage reply = rows.reply(km, "The door is offline", T0.plusSeconds(1), m -> {
            m.markSent("smsc", 2, T0.plusSeconds(2));
            m.markDelivered(T0.plusSeconds(5));
        });
        rows.deliveredPart(reply, 1, "smsc-id-1", T0.plusSeconds(4));
        rows.deliveredPart(reply, 2, "smsc-id-2", T0.plusSeconds(5));

        mvc.perform(get("/logs/in/" + km.getId()).with(signedIn(tree.communityAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DOOR_OFFLINE")))
                .andExpect(content().string(containsString("detail of KM")))
                .andExpect(content().string(containsString("data-reply=\"" + reply.getId() + "\"")))
                .andExpect(content().string(containsString("data-state=\"DELIVERED\"")))
                .andExpect(content().string(containsString("The door is offline")))
                .andExpect(content().string(containsString("smsc-id-1")))
                .andExpect(content().string(containsString("smsc-id-2")))
                .andExpect(content().string(containsString("DELIVRD")));
        assertThat(audit.findAll()).filteredOn(e -> e.getAction().equals("MESSAGE_VIEWED"))
                .extracting(AuditEntry::getTargetId).containsExactly(km.getId().toString());
    }

    @Test
    void anSmsTextIsShownEscapedInTheLogAndTheDetail() throws Exception {
        InboxMessage evil = rows.received(phoneA, "<script>alert(1)</script>", T0, null,
                CommandOutcome.UNKNOWN_COMMAND);
        rows.reply(evil, "<script>alert(2)</script>", T0, m -> { });

        mvc.perform(get("/logs").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(2)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/logs/in/" + evil.getId()).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(2)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    private List<String> lines(MockHttpServletRequestBuilder request, ConsoleUser user) throws Exception {
        return rowsOf(page(request, user));
    }

    private String page(MockHttpServletRequestBuilder request, ConsoleUser user) throws Exception {
        return mvc.perform(request.with(signedIn(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> rowsOf(String html) {
        List<String> found = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            found.add(row.group(1));
        }
        return found;
    }

    private static String in(InboxMessage message) {
        return "in-" + message.getId();
    }

    private static String out(OutboxMessage message) {
        return "out-" + message.getId();
    }
}
