package community.porter.console.broadcasts;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.notice.NoticeChannel;
import community.porter.access.notice.NoticeChannelRepository;
import community.porter.access.notice.BroadcastRepository;
import community.porter.console.ConsoleTestData;
import community.porter.console.web.ConsoleLocaleResolver;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Composing a broadcast on the console: each target kind stores the right target, problems are
 * shown on their fields with nothing stored, the schedule is read in the community's time zone
 * and quiet hours are explained, and another committee's community cannot be used.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BroadcastComposeTest {

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired NoticeChannelRepository channels;
    @Autowired JdbcTemplate jdbc;
    @Autowired BroadcastRepository repository;

    ConsoleTestData.TwoCommittees tree;

    @BeforeEach
    void twoCommittees() {
        data.clear();
        tree = data.twoCommittees();
        channels.save(new NoticeChannel(tree.a().community(), "TZ", "通知", "Notices", false));
        channels.save(new NoticeChannel(tree.b().community(), "TZ", "通知", "Notices", false));
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void theFormOffersTheChannelsAndScopesOfTheCommunity() throws Exception {
        mvc.perform(get("/broadcasts/new").with(signedIn(tree.staffA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"text\"")))
                .andExpect(content().string(containsString("hx-trigger=\"input changed delay:250ms\"")))
                .andExpect(content().string(containsString("value=\"TZ\"")))
                .andExpect(content().string(containsString("value=\"BUILDING:1\"")))
                .andExpect(content().string(containsString("value=\"UNIT:1-1\"")))
                .andExpect(content().string(containsString("id=\"send-broadcast\"")))
                .andExpect(content().string(containsString("data-chars=\"0\" data-parts=\"0\" data-encoding=\"GSM7\"")))
                .andExpect(content().string(containsString("id=\"kind-CHANNEL\" value=\"CHANNEL\" checked")))
                .andExpect(content().string(containsString("id=\"kind-SCOPE\"")))
                .andExpect(content().string(containsString("id=\"kind-LIST\"")))
                .andExpect(content().string(containsString("id=\"role-STAFF\"")))
                .andExpect(content().string(containsString("id=\"channel\"")))
                .andExpect(content().string(containsString("id=\"scope\"")))
                .andExpect(content().string(containsString("id=\"room\"")))
                .andExpect(content().string(containsString("id=\"list\"")))
                .andExpect(content().string(containsString("id=\"sendAt\" type=\"datetime-local\"")))
                .andExpect(content().string(containsString("id=\"validUntil\" type=\"datetime-local\"")))
                .andExpect(content().string(containsString("id=\"urgent\" type=\"checkbox\"")))
                .andExpect(content().string(containsString("id=\"quiet-hours-hint\"")))
                .andExpect(content().string(containsString("小区A (CA)")))
                .andExpect(content().string(not(containsString("小区B"))));
    }

    @Test
    void choosingAnotherCommunityOffersItsOwnTargets() throws Exception {
        channels.save(new NoticeChannel(tree.b().community(), "TS", "停水停电", null, false));
        mvc.perform(get("/broadcasts/new").param("community", String.valueOf(tree.b().community().getId()))
                        .with(signedIn(tree.districtAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-select=\"#target-options\"")))
                .andExpect(content().string(containsString("value=\"TS\"")))
                .andExpect(content().string(containsString("value=\"" + tree.b().community().getId()
                        + "\" selected=\"selected\"")));
    }

    @Test
    void aChannelBroadcastStoresTheChannelAndIsAudited() throws Exception {
        long id = created(compose(tree.staffA(), Map.of("targetKind", "CHANNEL", "channel", "TZ")));

        Map<String, Object> row = broadcast(id);
        assertThat(row).containsEntry("TARGET_KIND", "CHANNEL").containsEntry("TARGET_CHANNEL", "TZ")
                .containsEntry("AUTHOR_KIND", "CONSOLE").containsEntry("AUTHOR", "staff-a")
                .containsEntry("COMMUNITY_ID", tree.a().community().getId());
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'BROADCAST_CREATED'"
                + " and actor = 'console:staff-a' and target_id = ?", Integer.class, String.valueOf(id))).isOne();
    }

    @Test
    void aScopeBroadcastStoresTheUnitTheRoomOrTheRolesChosen() throws Exception {
        long unit = created(compose(tree.staffA(), Map.of("targetKind", "SCOPE", "scope", "UNIT:1-1")));
        assertThat(broadcast(unit)).containsEntry("TARGET_KIND", "SCOPE").containsEntry("TARGET_SCOPE", "1-1");

        long room = created(compose(tree.staffA(), Map.of("targetKind", "SCOPE", "scope", "ALL", "room", "1-1-101")));
        assertThat(broadcast(room)).containsEntry("TARGET_KIND", "SCOPE").containsEntry("TARGET_SCOPE", "1-1-101");

        long roles = created(compose(tree.staffA(), Map.of("targetKind", "SCOPE", "scope", "BUILDING:1"),
                "OWNER", "STAFF"));
        assertThat(broadcast(roles)).containsEntry("TARGET_KIND", "ROLE").containsEntry("TARGET_SCOPE", "1")
                .containsEntry("TARGET_ROLES", "OWNER,STAFF");
    }

    @Test
    void aListBroadcastStoresTheValidPhonesAndShowsTheEntriesNotTaken() throws Exception {
        ResultActions posted = compose(tree.staffA(), Map.of("targetKind", "LIST",
                "list", "13700000001\r\n12345\r\n+8613800000011\r\n"));
        long id = created(posted);

        assertThat(broadcast(id)).containsEntry("TARGET_KIND", "LIST");
        assertThat(jdbc.queryForList("select phone from broadcast_recipient where broadcast_id = ? order by phone",
                String.class, id)).containsExactly("+8613700000001", "+8613800000011");
        var flash = posted.andReturn().getFlashMap();
        mvc.perform(get("/broadcasts/" + id).with(signedIn(tree.staffA())).flashAttrs(flash))
                .andExpect(content().string(containsString("id=\"rejected-entries\"")))
                .andExpect(content().string(containsString("12345")));
    }

    @Test
    void problemsAreShownOnTheirFieldsAndNothingIsStored() throws Exception {
        mvc.perform(form(tree.staffA(), Map.of("text", "  ", "targetKind", "CHANNEL", "channel", "XX",
                        "sendAt", "2026-11-02T20:00", "validUntil", "2026-11-02T19:00")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"text\"")))
                .andExpect(content().string(containsString("Write the text.")))
                .andExpect(content().string(containsString("No such channel in this community.")))
                .andExpect(content().string(containsString("Must lie after now and after the send time.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(form(tree.staffA(), Map.of("targetKind", "SCOPE", "room", "9-9-999", "sendAt", "tomorrow")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No such building, unit or room in this community.")))
                .andExpect(content().string(containsString("Not a date and time.")));
        mvc.perform(form(tree.staffA(), Map.of("targetKind", "LIST", "list", "12345")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("None of these is a valid phone number.")));
        assertThat(jdbc.queryForObject("select count(*) from broadcast", Integer.class)).isZero();
    }

    @Test
    void aSendInQuietHoursIsExplainedAsWaitingUnlessUrgent() throws Exception {
        // The test clock stands at 16:00 in Shanghai; 23:00 there is in the default quiet hours.
        long quiet = created(compose(tree.staffA(), Map.of("targetKind", "CHANNEL", "channel", "TZ",
                "sendAt", "2026-11-02T23:00")));
        assertThat(repository.findById(quiet).orElseThrow().getScheduledAt())
                .isEqualTo(Instant.parse("2026-11-02T15:00:00Z"));
        mvc.perform(get("/broadcasts/" + quiet).with(signedIn(tree.staffA())))
                .andExpect(content().string(containsString("id=\"quiet-hours\"")));

        long urgent = created(compose(tree.staffA(), Map.of("targetKind", "CHANNEL", "channel", "TZ",
                "sendAt", "2026-11-02T23:00", "urgent", "true")));
        assertThat(broadcast(urgent)).containsEntry("URGENT", true);
        mvc.perform(get("/broadcasts/" + urgent).with(signedIn(tree.staffA())))
                .andExpect(content().string(not(containsString("id=\"quiet-hours\""))));
    }

    @Test
    void anotherCommitteesCommunityIsNotFoundAndNothingIsStored() throws Exception {
        mvc.perform(post("/broadcasts").with(signedIn(tree.committeeAdminA())).with(csrf())
                        .param("community", String.valueOf(tree.b().community().getId()))
                        .param("text", "crafted").param("targetKind", "CHANNEL").param("channel", "TZ"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/broadcasts/new").param("community", String.valueOf(tree.b().community().getId()))
                        .with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from broadcast", Integer.class)).isZero();
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/broadcasts").with(signedIn(tree.staffA()))
                        .param("community", String.valueOf(tree.a().community().getId()))
                        .param("text", "no token").param("targetKind", "CHANNEL").param("channel", "TZ"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from broadcast", Integer.class)).isZero();
    }

    private ResultActions compose(community.porter.access.console.ConsoleUser user, Map<String, String> fields,
            String... roles) throws Exception {
        MockHttpServletRequestBuilder request = form(user, fields);
        if (!fields.containsKey("text")) {
            request.param("text", "Water off 10:00-12:00");
        }
        for (String role : roles) {
            request.param("roles", role);
        }
        return mvc.perform(request);
    }

    private MockHttpServletRequestBuilder form(community.porter.access.console.ConsoleUser user,
            Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/broadcasts").with(signedIn(user)).with(csrf())
                .cookie(new Cookie(ConsoleLocaleResolver.COOKIE, "en")).param("community", String.valueOf(tree.a().community().getId()));
        fields.forEach(request::param);
        return request;
    }

    private static long created(ResultActions posted) throws Exception {
        String location = posted.andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/broadcasts/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Map<String, Object> broadcast(long id) {
        return jdbc.queryForMap("select * from broadcast where id = ?", id);
    }
}
