package community.porter.console.system;

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
import community.porter.console.ConsoleTestData;
import community.porter.console.ConsoleTestData.TwoCommittees;
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

/** The audit log page: administrators only, each within their part of the tree. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogPageTest {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final Pattern ENTRY = Pattern.compile("data-action=\"([A-Z_]+)\" data-entry=\"(\\d+)\"");
    static final Pattern NEXT = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired AuditEntryRepository audit;

    TwoCommittees tree;
    AuditEntry byA;
    AuditEntry byCommunityA;
    AuditEntry byB;
    AuditEntry bySms;

    @BeforeEach
    void entries() {
        data.clear();
        tree = data.twoCommittees();
        byA = audit.save(new AuditEntry(T0, "console:committee-a", "PHONE_ADDED", "phone", "1", null,
                tree.a().committee().getPath()));
        byCommunityA = audit.save(new AuditEntry(T0.plusSeconds(1), "console:community-a", "CARD_ISSUED", "card",
                "D0001", "<script>alert(1)</script>", tree.a().community().getPath()));
        byB = audit.save(new AuditEntry(T0.plusSeconds(2), "console:committee-b", "PHONE_ADDED", "phone", "2", null,
                tree.b().committee().getPath()));
        bySms = audit.save(new AuditEntry(T0.plusSeconds(3), "sms:+8613700000001", "CARD_LOST", "card", "D0001",
                null));
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void staffAreRefused() throws Exception {
        mvc.perform(get("/system/audit").with(signedIn(tree.staffA()))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorReadsTheEntriesAtOrUnderTheirNodeAndTheRootAlsoSmsAndApiActors() throws Exception {
        assertThat(entries(get("/system/audit"), tree.committeeAdminA())).containsExactly(id(byCommunityA), id(byA));
        assertThat(entries(get("/system/audit"), tree.communityAdminA())).containsExactly(id(byCommunityA));
        assertThat(entries(get("/system/audit"), tree.committeeAdminB())).containsExactly(id(byB));
        assertThat(entries(get("/system/audit"), tree.streetAdmin()))
                .containsExactly(id(byB), id(byCommunityA), id(byA));
        assertThat(entries(get("/system/audit"), tree.districtAdmin()))
                .containsExactly(id(bySms), id(byB), id(byCommunityA), id(byA));
    }

    @Test
    void eachFilterNarrowsAndDetailsAreEscaped() throws Exception {
        ConsoleUser district = tree.districtAdmin();
        assertThat(entries(get("/system/audit").param("action", "phone_added"), district))
                .containsExactly(id(byB), id(byA));
        assertThat(entries(get("/system/audit").param("actor", "console:committee"), district))
                .containsExactly(id(byB), id(byA));
        assertThat(entries(get("/system/audit").param("target", "card/D0001"), district))
                .containsExactly(id(bySms), id(byCommunityA));
        assertThat(entries(get("/system/audit").param("from", "2026-03-02"), district)).isEmpty();
        assertThat(entries(get("/system/audit").param("to", "2026-03-01"), district)).hasSize(4);
        mvc.perform(get("/system/audit").with(signedIn(district)))
                .andExpect(content().string(containsString("data-action=\"CARD_ISSUED\"")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void pagesOfFiftyFollowOneAnother() throws Exception {
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            stored.add(0, id(audit.save(new AuditEntry(T0.plusSeconds(100 + i), "console:committee-b",
                    "PHONE_SUSPENDED", "phone", "9", null, tree.b().committee().getPath()))));
        }
        String first = page(get("/system/audit").param("action", "PHONE_SUSPENDED"), tree.committeeAdminB());
        assertThat(entriesOf(first)).containsExactlyElementsOf(stored.subList(0, 50));
        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).isTrue();
        String second = page(get(URI.create(next.group(1).replace("&amp;", "&"))), tree.committeeAdminB());
        assertThat(entriesOf(second)).containsExactlyElementsOf(stored.subList(50, 55));
    }

    private List<String> entries(MockHttpServletRequestBuilder request, ConsoleUser user) throws Exception {
        return entriesOf(page(request, user));
    }

    private String page(MockHttpServletRequestBuilder request, ConsoleUser user) throws Exception {
        return mvc.perform(request.with(signedIn(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> entriesOf(String html) {
        List<String> found = new ArrayList<>();
        Matcher entry = ENTRY.matcher(html);
        while (entry.find()) {
            found.add(entry.group(2));
        }
        return found;
    }

    private static String id(AuditEntry entry) {
        return entry.getId().toString();
    }
}
