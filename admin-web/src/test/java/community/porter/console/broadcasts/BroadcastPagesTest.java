package community.porter.console.broadcasts;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.notice.Broadcast;
import community.porter.access.notice.BroadcastRepository;
import community.porter.access.notice.BroadcastRequest;
import community.porter.access.notice.BroadcastTargets;
import community.porter.access.notice.Broadcasts;
import community.porter.access.org.OrgNode;
import community.porter.console.ConsoleTestData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The broadcasts list and a broadcast's page: live progress that stops polling once finished,
 * recipients filtered and audited, cancel, and every page limited to the user's scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BroadcastPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired Broadcasts broadcasts;
    @Autowired BroadcastTargets targets;
    @Autowired BroadcastRepository repository;
    @Autowired JdbcTemplate jdbc;

    ConsoleTestData.TwoCommittees tree;

    @BeforeEach
    void twoCommittees() {
        data.clear();
        tree = data.twoCommittees();
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void theListShowsTheBroadcastsInScopeNewestFirst() throws Exception {
        long a = listBroadcast(tree.a().community(), "Water off", "+8613800000011");
        long b = listBroadcast(tree.b().community(), "Power off", "+8613800000012");

        mvc.perform(get("/broadcasts").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-broadcast=\"" + a + "\" data-state=\"SENDING\"")))
                .andExpect(content().string(containsString("号码名单，1 个号码")))
                .andExpect(content().string(not(containsString("data-broadcast=\"" + b + "\""))));
        String district = mvc.perform(get("/broadcasts").with(signedIn(tree.districtAdmin())))
                .andReturn().getResponse().getContentAsString();
        assertThat(district).contains("data-broadcast=\"" + b + "\"", "data-broadcast=\"" + a + "\"");
        assertThat(district.indexOf("data-broadcast=\"" + b + "\""))
                .as("newest first").isLessThan(district.indexOf("data-broadcast=\"" + a + "\""));
    }

    @Test
    void theProgressFragmentCountsEachStatusAndPollsUntilTheBroadcastIsFinished() throws Exception {
        long id = listBroadcast(tree.a().community(), "Meeting", "+8613800000011", "+8613800000012",
                "+8613800000013", "+8613800000014");
        outbox(id, "+8613800000011", "DELIVERED");
        outbox(id, "+8613800000012", "FAILED");

        mvc.perform(get("/broadcasts/" + id + "/progress").with(signedIn(tree.staffA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"broadcast-state\"")))
                .andExpect(content().string(containsString("data-state=\"SENDING\"")))
                .andExpect(content().string(containsString("data-percent=\"50.0\"")))
                .andExpect(content().string(containsString("value=\"50.0\"")))
                .andExpect(content().string(containsString("id=\"count-delivered\" data-status=\"DELIVERED\" data-count=\"1\"")))
                .andExpect(content().string(containsString("id=\"count-failed\" data-status=\"FAILED\" data-count=\"1\"")))
                .andExpect(content().string(containsString("id=\"count-queued\" data-status=\"QUEUED\" data-count=\"2\"")))
                .andExpect(content().string(containsString("id=\"count-opted-out\" data-status=\"OPTED_OUT\" data-count=\"0\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
                .andExpect(content().string(containsString("id=\"cancel-broadcast\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("<html"))));

        mvc.perform(post("/broadcasts/" + id + "/cancel").with(signedIn(tree.staffA())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(repository.findById(id).orElseThrow().getState()).isEqualTo(Broadcast.State.CANCELLED);
        assertThat(audits("BROADCAST_CANCELLED")).isOne();

        mvc.perform(get("/broadcasts/" + id + "/progress").with(signedIn(tree.staffA())))
                .andExpect(content().string(containsString("data-state=\"CANCELLED\"")))
                .andExpect(content().string(not(containsString("hx-trigger"))))
                .andExpect(content().string(not(containsString("hx-get"))))
                .andExpect(content().string(not(containsString("id=\"cancel-broadcast\""))));
    }

    @Test
    void recipientsAreFilteredByStatusAndEachPageLoadIsAuditedButNoPoll() throws Exception {
        long id = listBroadcast(tree.a().community(), "Meeting", "+8613800000011", "+8613800000012");
        outbox(id, "+8613800000011", "DELIVERED");

        mvc.perform(get("/broadcasts/" + id).with(signedIn(tree.staffA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"recipients\"")))
                .andExpect(content().string(containsString("id=\"progress\"")))
                .andExpect(content().string(containsString("id=\"cancel-broadcast\"")))
                .andExpect(content().string(containsString("data-phone=\"+8613800000011\" data-status=\"DELIVERED\"")))
                .andExpect(content().string(containsString("data-phone=\"+8613800000012\" data-status=\"QUEUED\"")))
                .andExpect(content().string(containsString("2026-11-02 16:00")));
        mvc.perform(get("/broadcasts/" + id).param("status", "DELIVERED").with(signedIn(tree.staffA())))
                .andExpect(content().string(containsString("data-phone=\"+8613800000011\"")))
                .andExpect(content().string(not(containsString("data-phone=\"+8613800000012\""))));
        mvc.perform(get("/broadcasts/" + id + "/progress").with(signedIn(tree.staffA())))
                .andExpect(status().isOk());

        assertThat(audits("BROADCAST_RECIPIENTS_VIEWED")).isEqualTo(2);
    }

    @Test
    void anotherCommitteesBroadcastIsNotFoundAndCannotBeCancelled() throws Exception {
        long id = listBroadcast(tree.a().community(), "Water off", "+8613800000011");

        mvc.perform(get("/broadcasts/" + id).with(signedIn(tree.committeeAdminB())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/broadcasts/" + id + "/progress").with(signedIn(tree.committeeAdminB())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/broadcasts/" + id + "/cancel").with(signedIn(tree.committeeAdminB())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/broadcasts/999999").with(signedIn(tree.committeeAdminB())))
                .andExpect(status().isNotFound());

        assertThat(repository.findById(id).orElseThrow().getState()).isEqualTo(Broadcast.State.SENDING);
        assertThat(audits("BROADCAST_CANCELLED")).isZero();
        assertThat(audits("BROADCAST_RECIPIENTS_VIEWED")).isZero();
        mvc.perform(get("/broadcasts/" + id).with(signedIn(tree.streetAdmin())))
                .andExpect(status().isOk());
    }

    @Test
    void aTextWithMarkupIsShownEscapedInTheListAndTheDetail() throws Exception {
        long id = listBroadcast(tree.a().community(), "<script>alert(1)</script>", "+8613800000011");

        for (String page : List.of("/broadcasts", "/broadcasts/" + id)) {
            mvc.perform(get(page).with(signedIn(tree.staffA())))
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                    .andExpect(content().string(not(containsString("<script>alert"))));
        }
    }

    @Test
    void recipientsAndBroadcastsComeFiftyAPage() throws Exception {
        String[] phones = java.util.stream.IntStream.rangeClosed(100, 150).mapToObj(n -> "+8613800000" + n)
                .toArray(String[]::new);
        long id = listBroadcast(tree.a().community(), "Many", phones);

        String first = mvc.perform(get("/broadcasts/" + id).with(signedIn(tree.staffA())))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.split("data-phone=", -1)).hasSize(51);
        assertThat(first).contains("page=1");
        String second = mvc.perform(get("/broadcasts/" + id).param("page", "1").with(signedIn(tree.staffA())))
                .andReturn().getResponse().getContentAsString();
        assertThat(second.split("data-phone=", -1)).hasSize(2);
        assertThat(second).contains("data-phone=\"+8613800000150\"");

        for (int i = 0; i < 50; i++) {
            listBroadcast(tree.a().community(), "Notice " + i, "+8613800000011");
        }
        String list = mvc.perform(get("/broadcasts").with(signedIn(tree.staffA())))
                .andReturn().getResponse().getContentAsString();
        assertThat(list.split("data-broadcast=", -1)).hasSize(51);
        assertThat(list).doesNotContain("data-broadcast=\"" + id + "\"");
        mvc.perform(get("/broadcasts").param("page", "1").with(signedIn(tree.staffA())))
                .andExpect(content().string(containsString("data-broadcast=\"" + id + "\"")));
    }

    @Test
    void thePagesAreInChineseUnlessEnglishIsChosen() throws Exception {
        long id = listBroadcast(tree.a().community(), "Water off", "+8613800000011");
        mvc.perform(get("/broadcasts").with(signedIn(tree.staffA())))
                .andExpect(content().string(containsString("群发通知")))
                .andExpect(content().string(containsString("发送中")));
        mvc.perform(get("/broadcasts/" + id).with(signedIn(tree.staffA())))
                .andExpect(content().string(containsString("接收人")));
        mvc.perform(get("/broadcasts/" + id).param("lang", "en").with(signedIn(tree.staffA())))
                .andExpect(content().string(containsString("Recipients")))
                .andExpect(content().string(containsString("Sending")));
    }

    private long listBroadcast(OrgNode community, String text, String... phones) {
        var target = targets.list(community, List.of(phones)).target();
        return broadcasts.create(new BroadcastRequest(community.getId(), Broadcast.AuthorKind.CONSOLE, "someone",
                null, text, target, false, null, null)).id();
    }

    /** Moves the outbox message of {@code phone}'s copy to {@code state}, as a transport would. */
    private void outbox(long broadcastId, String phone, String state) {
        int moved = jdbc.update("update outbox_message set state = ?, sent_at = created_at,"
                + " delivered_at = case when ? = 'DELIVERED' then created_at else null end"
                + " where id = (select outbox_id from broadcast_recipient where broadcast_id = ? and phone = ?)",
                state, state, broadcastId, phone);
        assertThat(moved).isOne();
    }

    private int audits(String action) {
        return jdbc.queryForObject("select count(*) from audit_log where action = ?", Integer.class, action);
    }
}
