package community.porter.console.visitors;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.audit.AuditEntry;
import community.porter.access.audit.AuditEntryRepository;
import community.porter.access.visitor.BlacklistEntry;
import community.porter.access.visitor.BlacklistEntryRepository;
import community.porter.access.visitor.PassState;
import community.porter.access.visitor.RequestState;
import community.porter.access.visitor.VisitDecided;
import community.porter.access.visitor.VisitorPass;
import community.porter.access.visitor.VisitorPassRepository;
import community.porter.access.visitor.VisitorRequest;
import community.porter.access.visitor.VisitorRequestRepository;
import community.porter.access.visitor.VisitorType;
import community.porter.console.ConsoleTestData;
import community.porter.console.MutableClock;
import community.porter.console.ConsoleTestData.Side;
import community.porter.console.ConsoleTestData.TwoCommittees;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The visitors page: pending requests, live passes and the blacklist, within scope. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class VisitorsPageTest {

    private static final Cookie ENGLISH = new Cookie("porter-lang", "en");
    private static final String VISITOR = "+8613912345678";

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired VisitorRequestRepository requests;
    @Autowired VisitorPassRepository passes;
    @Autowired BlacklistEntryRepository blacklist;
    @Autowired AuditEntryRepository audit;
    @Autowired ApplicationEvents events;
    @Autowired MutableClock clock;

    TwoCommittees tree;
    VisitorRequest requestA;
    VisitorRequest requestB;

    @BeforeEach
    void aRequestInEachCommittee() {
        data.clear();
        tree = data.twoCommittees();
        requestA = request(tree.a(), "快递王", VISITOR, "1234");
        requestB = request(tree.b(), "乙访客", "+8613912340000", "5678");
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void thePageListsThePendingRequestsInScopeAndAuditsTheLookOncePerLoadNotPerPoll() throws Exception {
        mvc.perform(get("/visitors").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pending\"")))
                .andExpect(content().string(containsString("data-request=\"" + requestA.getId() + "\"")))
                .andExpect(content().string(containsString("id=\"approve-" + requestA.getId() + "\"")))
                .andExpect(content().string(containsString("id=\"deny-" + requestA.getId() + "\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 5s\"")))
                .andExpect(content().string(containsString("hx-get=\"/visitors/pending\"")))
                .andExpect(content().string(not(containsString("乙访客"))));
        mvc.perform(get("/visitors/pending").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-request=\"" + requestA.getId() + "\"")))
                .andExpect(content().string(not(containsString("data-request=\"" + requestB.getId() + "\""))))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/visitors/pending").with(signedIn(tree.committeeAdminA())));

        assertThat(entries("VISITORS_VIEWED")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("console:committee-a"));
    }

    @Test
    void approvingIssuesThePassTellsTheSmsSideAndIsAudited() throws Exception {
        mvc.perform(post("/visitors/requests/{id}/approve", requestA.getId())
                        .with(signedIn(tree.staffA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/visitors"))
                .andExpect(flash().attribute("notice", "visitors.notice.approved"));

        assertThat(requests.findById(requestA.getId()).orElseThrow().getState()).isEqualTo(RequestState.APPROVED);
        VisitorPass pass = passes.findAll().stream().filter(p -> p.getVisitorPhone().equals(VISITOR)).findFirst()
                .orElseThrow();
        assertThat(pass.getState()).isEqualTo(PassState.ACTIVE);
        assertThat(events.stream(VisitDecided.class)).singleElement()
                .satisfies(e -> assertThat(e.approved()).isTrue())
                .satisfies(e -> assertThat(e.request().getId()).isEqualTo(requestA.getId()));
        assertThat(entries("VISITOR_APPROVED")).singleElement()
                .satisfies(e -> assertThat(e.getTargetId()).isEqualTo(requestA.getId().toString()));

        mvc.perform(get("/visitors").with(signedIn(tree.staffA())))
                .andExpect(content().string(containsString("data-pass=\"" + pass.getId() + "\"")))
                .andExpect(content().string(containsString(pass.getPassCode())))
                .andExpect(content().string(not(containsString("data-request=\"" + requestA.getId() + "\""))));
    }

    @Test
    void denyingTellsTheSmsSideAndIsAuditedAndASecondAnswerChangesNothing() throws Exception {
        var admin = signedIn(tree.committeeAdminA());
        mvc.perform(post("/visitors/requests/{id}/deny", requestA.getId()).with(admin).with(csrf()))
                .andExpect(flash().attribute("notice", "visitors.notice.denied"));
        mvc.perform(post("/visitors/requests/{id}/approve", requestA.getId()).with(admin).with(csrf()))
                .andExpect(flash().attribute("refused", "visitors.refused.answered"));

        assertThat(requests.findById(requestA.getId()).orElseThrow().getState()).isEqualTo(RequestState.DENIED);
        assertThat(passes.count()).isZero();
        assertThat(events.stream(VisitDecided.class)).singleElement()
                .satisfies(e -> assertThat(e.approved()).isFalse());
        assertThat(entries("VISITOR_DENIED")).hasSize(1);
        assertThat(entries("VISITOR_APPROVED")).isEmpty();
    }

    @Test
    void aRequestPastItsExpiryIsNotListedAndCannotBeApproved() throws Exception {
        Instant now = clock.instant();
        VisitorRequest late = requests.save(new VisitorRequest("+8613912341111", "迟到", VisitorType.WM, tree.a().room(),
                "2468", now.minus(Duration.ofMinutes(40)), now.minus(Duration.ofMinutes(10))));
        var admin = signedIn(tree.committeeAdminA());

        mvc.perform(get("/visitors/pending").with(admin))
                .andExpect(content().string(not(containsString("data-request=\"" + late.getId() + "\""))));
        mvc.perform(post("/visitors/requests/{id}/approve", late.getId()).with(admin).with(csrf()))
                .andExpect(flash().attribute("refused", "visitors.refused.expired"));

        assertThat(passes.count()).isZero();
        assertThat(entries("VISITOR_APPROVED")).isEmpty();
    }

    @Test
    void revokingAPassEndsItAndIsAudited() throws Exception {
        mvc.perform(post("/visitors/requests/{id}/approve", requestA.getId())
                .with(signedIn(tree.committeeAdminA())).with(csrf()));
        VisitorPass pass = passes.findAll().get(0);

        mvc.perform(post("/visitors/passes/{id}/revoke", pass.getId()).with(signedIn(tree.committeeAdminA()))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "visitors.notice.revoked"));

        assertThat(passes.findById(pass.getId()).orElseThrow().getState()).isEqualTo(PassState.REVOKED);
        assertThat(entries("PASS_REVOKED")).singleElement()
                .satisfies(e -> assertThat(e.getTargetId()).isEqualTo(pass.getId().toString()));
    }

    @Test
    void blacklistingANormalisedPhoneRevokesItsLivePassesAtOnceAndCanBeUndone() throws Exception {
        var admin = signedIn(tree.committeeAdminA());
        mvc.perform(post("/visitors/requests/{id}/approve", requestA.getId()).with(admin).with(csrf()));
        VisitorRequest another = request(tree.a(), "快递王", VISITOR, "4321");

        mvc.perform(post("/visitors/blacklist").with(admin).with(csrf())
                        .param("community", tree.a().community().getId().toString())
                        .param("phone", "139 1234 5678").param("reason", "<b>rude</b>"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "visitors.notice.blacklisted"))
                .andExpect(flash().attribute("revoked", 1));

        BlacklistEntry entry = blacklist.findAll().get(0);
        assertThat(entry.getPhone()).isEqualTo(VISITOR);
        assertThat(entry.getCreatedBy()).isEqualTo("console:committee-a");
        assertThat(passes.findAll()).extracting(VisitorPass::getState).containsExactly(PassState.REVOKED);
        assertThat(requests.findById(another.getId()).orElseThrow().getState()).isEqualTo(RequestState.REVOKED);
        assertThat(entries("BLACKLIST_ADDED")).singleElement()
                .satisfies(e -> assertThat(e.getTargetId()).isEqualTo(entry.getId().toString()));
        mvc.perform(get("/visitors").with(admin))
                .andExpect(content().string(containsString("data-blacklist=\"" + entry.getId() + "\"")))
                .andExpect(content().string(containsString("&lt;b&gt;rude&lt;/b&gt;")));

        mvc.perform(post("/visitors/blacklist/{id}/remove", entry.getId()).with(admin).with(csrf()))
                .andExpect(flash().attribute("notice", "visitors.notice.unblacklisted"));
        assertThat(blacklist.count()).isZero();
        assertThat(entries("BLACKLIST_REMOVED")).hasSize(1);
    }

    @Test
    void aBadPhoneOrAPhoneBlacklistedAlreadyIsAFieldError() throws Exception {
        var admin = signedIn(tree.committeeAdminA());
        String community = tree.a().community().getId().toString();
        mvc.perform(post("/visitors/blacklist").with(admin).with(csrf()).cookie(ENGLISH)
                        .param("community", community).param("phone", "12ab"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("This is not a valid phone number.")));
        mvc.perform(post("/visitors/blacklist").with(admin).with(csrf())
                .param("community", community).param("phone", VISITOR));
        mvc.perform(post("/visitors/blacklist").with(admin).with(csrf()).cookie(ENGLISH)
                        .param("community", community).param("phone", "13912345678"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("blacklisted in that community already")));
        assertThat(blacklist.count()).isEqualTo(1);
        assertThat(entries("BLACKLIST_ADDED")).hasSize(1);
    }

    @Test
    void anotherCommitteesRequestsPassesAndBlacklistDoNotExistForPagesOrCraftedPosts() throws Exception {
        var adminB = signedIn(tree.committeeAdminB());
        mvc.perform(post("/visitors/requests/{id}/approve", requestB.getId()).with(adminB).with(csrf()));
        VisitorPass passB = passes.findAll().get(0);
        mvc.perform(post("/visitors/blacklist").with(adminB).with(csrf())
                .param("community", tree.b().community().getId().toString()).param("phone", "+8613900009999"));
        BlacklistEntry entryB = blacklist.findAll().get(0);
        audit.deleteAll();
        requestB = request(tree.b(), "乙访客二", "+8613912340001", "8765");

        var adminA = signedIn(tree.committeeAdminA());
        mvc.perform(get("/visitors").with(adminA))
                .andExpect(content().string(not(containsString("data-pass=\"" + passB.getId() + "\""))))
                .andExpect(content().string(not(containsString("data-blacklist=\"" + entryB.getId() + "\""))))
                .andExpect(content().string(not(containsString("data-request=\"" + requestB.getId() + "\""))))
                .andExpect(content().string(not(containsString("小区B"))));
        for (String action : List.of("approve", "deny")) {
            mvc.perform(post("/visitors/requests/{id}/" + action, requestB.getId()).with(adminA).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/visitors/passes/{id}/revoke", passB.getId()).with(adminA).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/visitors/blacklist/{id}/remove", entryB.getId()).with(adminA).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/visitors/blacklist").with(adminA).with(csrf())
                        .param("community", tree.b().community().getId().toString()).param("phone", VISITOR))
                .andExpect(status().isNotFound());

        assertThat(requests.findById(requestB.getId()).orElseThrow().getState()).isEqualTo(RequestState.PENDING);
        assertThat(passes.findById(passB.getId()).orElseThrow().getState()).isEqualTo(PassState.ACTIVE);
        assertThat(blacklist.findAll()).extracting(BlacklistEntry::getId).containsExactly(entryB.getId());
        assertThat(audit.findAll()).extracting(AuditEntry::getAction).containsExactly("VISITORS_VIEWED");
    }

    @Test
    void aVisitorNameIsShownEscaped() throws Exception {
        request(tree.a(), "<script>alert(1)</script>", "+8613912349999", "9999");
        mvc.perform(get("/visitors").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/visitors/pending").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void aPostWithoutCsrfIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/visitors/requests/{id}/approve", requestA.getId()).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isForbidden());
        assertThat(requests.findById(requestA.getId()).orElseThrow().getState()).isEqualTo(RequestState.PENDING);
        assertThat(passes.count()).isZero();
    }

    private VisitorRequest request(Side side, String name, String phone, String code) {
        Instant now = clock.instant();
        return requests.save(new VisitorRequest(phone, name, VisitorType.KD, side.room(), code, now,
                now.plus(Duration.ofMinutes(30))));
    }

    private List<AuditEntry> entries(String action) {
        return audit.findAll().stream().filter(e -> action.equals(e.getAction())).toList();
    }
}
