package community.porter.console.cards;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import community.porter.access.card.Card;
import community.porter.access.card.CardLossCaseRepository;
import community.porter.access.card.CardRepository;
import community.porter.access.card.CardStatus;
import community.porter.access.door.Door;
import community.porter.access.door.DoorCommand;
import community.porter.access.door.DoorCommandRepository;
import community.porter.access.door.DoorGrant;
import community.porter.access.door.DoorGrantRepository;
import community.porter.access.door.DoorRepository;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.console.ConsoleTestData;
import community.porter.console.ConsoleTestData.TwoCommittees;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The cards pages: listing in scope, issuing, losing, unblocking, replacing, cancelling. */
@SpringBootTest
@AutoConfigureMockMvc
class CardsPageTest {

    private static final Cookie ENGLISH = new Cookie("porter-lang", "en");

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired CardRepository cards;
    @Autowired CardLossCaseRepository cases;
    @Autowired DoorRepository doors;
    @Autowired DoorGrantRepository grants;
    @Autowired DoorCommandRepository commands;
    @Autowired PersonRepository persons;
    @Autowired AuditEntryRepository audit;
    @Autowired RoomMembershipRepository memberships;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transaction;

    TwoCommittees tree;
    Card cardA;
    Card cardB;

    @BeforeEach
    void twoCommitteesWithACardEach() {
        data.clear();
        tree = data.twoCommittees();
        cardA = cards.save(new Card("D0001", tree.a().resident(), tree.a().community(), Instant.now()));
        cardB = cards.save(new Card("E0001", tree.b().resident(), tree.b().community(), Instant.now()));
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void theListShowsOnlyTheCardsWhoseHoldersAreInScope() throws Exception {
        mvc.perform(get("/cards").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-card=\"D0001\" data-status=\"ACTIVE\"")))
                .andExpect(content().string(not(containsString("E0001"))))
                .andExpect(content().string(containsString("id=\"cards\"")))
                .andExpect(content().string(containsString("<h1>门禁卡</h1>")));
        mvc.perform(get("/cards").with(signedIn(tree.districtAdmin())))
                .andExpect(content().string(containsString("data-card=\"D0001\"")))
                .andExpect(content().string(containsString("data-card=\"E0001\"")));
    }

    @Test
    void theListSearchesByNumberHolderNameAndPhoneAndFiltersByStatus() throws Exception {
        Card lost = cards.save(new Card("D0002", tree.a().resident(), tree.a().community(), Instant.now()));
        transaction.executeWithoutResult(s -> cards.findById(lost.getId()).orElseThrow().reportLost(Instant.now()));
        Person other = persons.save(new Person("丙住户", null, Instant.now()));
        memberships.save(new RoomMembership(other, tree.a().room(), MembershipRole.TENANT));
        cards.save(new Card("D0003", other, tree.a().community(), Instant.now()));
        var admin = signedIn(tree.committeeAdminA());

        mvc.perform(get("/cards").param("q", "d0003").with(admin))
                .andExpect(content().string(containsString("data-card=\"D0003\"")))
                .andExpect(content().string(not(containsString("data-card=\"D0001\""))));
        mvc.perform(get("/cards").param("q", "丙").with(admin))
                .andExpect(content().string(containsString("data-card=\"D0003\"")))
                .andExpect(content().string(not(containsString("data-card=\"D0002\""))));
        mvc.perform(get("/cards").param("q", "13700000001").with(admin))
                .andExpect(content().string(containsString("data-card=\"D0001\"")))
                .andExpect(content().string(containsString("data-card=\"D0002\"")))
                .andExpect(content().string(not(containsString("data-card=\"D0003\""))));
        mvc.perform(get("/cards").param("status", "LOST").with(admin))
                .andExpect(content().string(containsString("data-card=\"D0002\" data-status=\"LOST\"")))
                .andExpect(content().string(not(containsString("data-card=\"D0001\""))));
        assertThat(entries("CARDS_SEARCHED")).hasSize(3);
    }

    @Test
    void issuingACardGivesItToThePersonOfThePhoneInTheirCommunityAndIsAudited() throws Exception {
        mvc.perform(post("/cards").with(signedIn(tree.committeeAdminA())).with(csrf())
                        .param("number", " d0009 ").param("holderPhone", "13700000001"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "cards.notice.issued"));

        Card issued = cards.findByNumber("D0009").orElseThrow();
        assertThat(issued.getStatus()).isEqualTo(CardStatus.ACTIVE);
        Long holder = transaction.execute(s -> cards.findById(issued.getId()).orElseThrow().getHolder().getId());
        Long community = transaction.execute(s -> cards.findById(issued.getId()).orElseThrow().getCommunity().getId());
        assertThat(holder).isEqualTo(tree.a().resident().getId());
        assertThat(community).isEqualTo(tree.a().community().getId());
        assertThat(entries("CARD_ISSUED")).singleElement()
                .satisfies(e -> assertThat(e.getTargetId()).isEqualTo(issued.getId().toString()))
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("console:committee-a"));
    }

    @Test
    void aTakenNumberOrAPhoneOutOfScopeIsAFieldErrorAndNothingIsIssued() throws Exception {
        mvc.perform(post("/cards").with(signedIn(tree.committeeAdminA())).with(csrf())
                        .param("number", "E0001").param("holderPhone", "+8613700000001").cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Card E0001 exists already")));
        mvc.perform(post("/cards").with(signedIn(tree.committeeAdminA())).with(csrf())
                        .param("number", "D0100").param("holderPhone", "+8613700000002").cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No person in your area has this phone number")));
        assertThat(cards.count()).isEqualTo(2);
        assertThat(entries("CARD_ISSUED")).isEmpty();
    }

    @Test
    void aLostCardIsBlockedOnEveryControllerOfItsCommunityAsWithGs() throws Exception {
        doors.save(new Door(tree.a().community(), tree.a().unit(), "1-1", null, "ctl-a-1"));
        doors.save(new Door(tree.a().community(), tree.a().community(), "GATE", null, "ctl-a-gate"));
        doors.save(new Door(tree.b().community(), tree.b().unit(), "1-1", null, "ctl-b-1"));

        mvc.perform(post("/cards/{id}/lose", cardA.getId()).with(signedIn(tree.staffA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cards/" + cardA.getId()))
                .andExpect(flash().attribute("notice", "cards.notice.lost"));

        assertThat(cards.findById(cardA.getId()).orElseThrow().getStatus()).isEqualTo(CardStatus.LOST);
        assertThat(commands.findAll()).extracting(DoorCommand::getType, DoorCommand::getControllerId,
                        DoorCommand::getCard)
                .containsExactlyInAnyOrder(
                        tuple(DoorCommand.Type.BLOCK_CARD, "ctl-a-1", "D0001"),
                        tuple(DoorCommand.Type.BLOCK_CARD, "ctl-a-gate", "D0001"));
        assertThat(cases.findFirstByCardIdAndResolvedAtIsNullOrderByIdDesc(cardA.getId())).isPresent();
        assertThat(entries("CARD_LOST")).singleElement()
                .satisfies(e -> assertThat(e.getTargetId()).isEqualTo(cardA.getId().toString()));

        mvc.perform(get("/cards/{id}", cardA.getId()).with(signedIn(tree.staffA())))
                .andExpect(content().string(containsString("id=\"unblock-card\"")))
                .andExpect(content().string(not(containsString("id=\"lose-card\""))));
    }

    @Test
    void unblockingALostCardTellsTheControllersAndClosesTheCase() throws Exception {
        doors.save(new Door(tree.a().community(), tree.a().unit(), "1-1", null, "ctl-a-1"));
        var admin = signedIn(tree.communityAdminA());
        mvc.perform(post("/cards/{id}/lose", cardA.getId()).with(admin).with(csrf()));

        mvc.perform(post("/cards/{id}/unblock", cardA.getId()).with(admin).with(csrf()))
                .andExpect(flash().attribute("notice", "cards.notice.unblocked"));

        assertThat(cards.findById(cardA.getId()).orElseThrow().getStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThat(commands.findAll()).extracting(DoorCommand::getType)
                .containsExactly(DoorCommand.Type.BLOCK_CARD, DoorCommand.Type.UNBLOCK_CARD);
        assertThat(cases.findFirstByCardIdAndResolvedAtIsNullOrderByIdDesc(cardA.getId())).isEmpty();
        assertThat(entries("CARD_UNBLOCKED")).hasSize(1);
    }

    @Test
    void impossibleTransitionsSayWhyAndChangeNothing() throws Exception {
        var admin = signedIn(tree.committeeAdminA());
        mvc.perform(post("/cards/{id}/unblock", cardA.getId()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/cards/" + cardA.getId()))
                .andExpect(flash().attribute("refused", "cards.refused.unblock"));
        mvc.perform(get("/cards/{id}", cardA.getId()).with(admin).cookie(ENGLISH)
                        .flashAttr("refused", "cards.refused.unblock"))
                .andExpect(content().string(containsString("Only a lost card can be unblocked")));

        mvc.perform(post("/cards/{id}/cancel", cardA.getId()).with(admin).with(csrf()));
        mvc.perform(post("/cards/{id}/replace", cardA.getId()).with(admin).with(csrf()).param("number", "D0002"))
                .andExpect(flash().attribute("refused", "cards.refused.replace"));
        mvc.perform(post("/cards/{id}/cancel", cardA.getId()).with(admin).with(csrf()))
                .andExpect(flash().attribute("refused", "cards.refused.cancel"));

        assertThat(cards.findById(cardA.getId()).orElseThrow().getStatus()).isEqualTo(CardStatus.CANCELLED);
        assertThat(cards.findByNumber("D0002")).isEmpty();
        assertThat(entries("CARD_UNBLOCKED")).isEmpty();
        assertThat(entries("CARD_REPLACED")).isEmpty();
        assertThat(entries("CARD_CANCELLED")).hasSize(1);
    }

    @Test
    void aReplacementCancelsTheOldCardKeepsItsGrantsAndBlocksIt() throws Exception {
        Door gate = doors.save(new Door(tree.a().community(), tree.a().community(), "GATE", null, "ctl-a-gate"));
        grants.save(new DoorGrant(cardA, gate, DoorGrant.ALL_WEEK, LocalTime.of(8, 0), LocalTime.of(18, 0), null));

        mvc.perform(post("/cards/{id}/replace", cardA.getId()).with(signedIn(tree.committeeAdminA())).with(csrf())
                        .param("number", "D0002"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "cards.notice.replaced"));

        Card successor = cards.findByNumber("D0002").orElseThrow();
        transaction.executeWithoutResult(s -> {
            Card old = cards.findById(cardA.getId()).orElseThrow();
            assertThat(old.getStatus()).isEqualTo(CardStatus.CANCELLED);
            assertThat(old.getReplacedBy().getId()).isEqualTo(successor.getId());
            assertThat(cards.findById(successor.getId()).orElseThrow().getHolder().getId())
                    .isEqualTo(tree.a().resident().getId());
        });
        assertThat(successor.getStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThat(grants.findByCardId(successor.getId())).singleElement().satisfies(g -> {
            assertThat(g.getTimeFrom()).isEqualTo(LocalTime.of(8, 0));
            assertThat(g.getWeekdays()).isEqualTo(DoorGrant.ALL_WEEK);
        });
        assertThat(commands.findAll()).extracting(DoorCommand::getType, DoorCommand::getCard)
                .containsExactly(tuple(DoorCommand.Type.BLOCK_CARD, "D0001"));
        assertThat(entries("CARD_REPLACED")).hasSize(1);

        mvc.perform(post("/cards/{id}/replace", successor.getId()).with(signedIn(tree.committeeAdminA()))
                        .with(csrf()).param("number", "E0001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(cards.findById(successor.getId()).orElseThrow().getStatus()).isEqualTo(CardStatus.ACTIVE);
    }

    @Test
    void anotherCommitteesCardDoesNotExistForPagesOrCraftedPosts() throws Exception {
        var adminA = signedIn(tree.committeeAdminA());
        mvc.perform(get("/cards/{id}", cardB.getId()).with(adminA)).andExpect(status().isNotFound());
        for (String action : List.of("lose", "unblock", "cancel")) {
            mvc.perform(post("/cards/{id}/" + action, cardB.getId()).with(adminA).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/cards/{id}/replace", cardB.getId()).with(adminA).with(csrf()).param("number", "X1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cards/{id}", 999_999).with(adminA)).andExpect(status().isNotFound());

        assertThat(cards.findById(cardB.getId()).orElseThrow().getStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThat(cards.count()).isEqualTo(2);
        assertThat(commands.count()).isZero();
        assertThat(audit.findAll()).isEmpty();
    }

    @Test
    void aHolderNameIsShownEscaped() throws Exception {
        transaction.executeWithoutResult(s -> entityManager.createQuery("update Person p set p.name = :n where p.id = :id")
                .setParameter("n", "<script>alert(1)</script>").setParameter("id", tree.a().resident().getId())
                .executeUpdate());
        mvc.perform(get("/cards").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/cards/{id}", cardA.getId()).with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void aPostWithoutCsrfIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/cards/{id}/lose", cardA.getId()).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isForbidden());
        assertThat(cards.findById(cardA.getId()).orElseThrow().getStatus()).isEqualTo(CardStatus.ACTIVE);
    }

    private List<AuditEntry> entries(String action) {
        return audit.findAll().stream().filter(e -> action.equals(e.getAction())).toList();
    }
}
