package community.porter.console.phones;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.audit.AuditEntry;
import community.porter.access.audit.AuditEntryRepository;
import community.porter.access.console.ConsoleRole;
import community.porter.access.console.ConsoleUser;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneBindings;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.console.ConsoleTestData;
import community.porter.console.MutableClock;
import community.porter.console.ConsoleTestData.TwoCommittees;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** Adding a phone, its detail page with the binding, and suspending and reactivating it. */
@SpringBootTest
@AutoConfigureMockMvc
class PhonesPageTest {

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired PhoneRepository phones;
    @Autowired RoomMembershipRepository memberships;
    @Autowired PhoneBindings bindings;
    @Autowired AuditEntryRepository audit;
    @Autowired OrgNodeRepository nodes;
    @Autowired RoomRepository rooms;
    @Autowired MutableClock clock;

    private TwoCommittees tree;

    @BeforeEach
    void seed() {
        data.clear();
        tree = data.twoCommittees();
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void anAddedPhoneIsPendingWithItsMembershipAndItsCodeIsShownOnce() throws Exception {
        MvcResult added = add(tree.committeeAdminA(), tree.a().community(), "张三", "138 0000 0009", "1-1-101",
                "TENANT").andExpect(status().isFound()).andReturn();

        Phone phone = phones.findWithPersonByE164("+8613800000009").orElseThrow();
        assertThat(phone.getStatus()).isEqualTo(PhoneStatus.PENDING);
        assertThat(phone.getPerson().getName()).isEqualTo("张三");
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/phones/" + phone.getId());
        List<RoomMembership> rooms = memberships.findWithRoomsByPersonIdIn(List.of(phone.getPerson().getId()));
        assertThat(rooms).singleElement().satisfies(m -> {
            assertThat(m.getRoom().getId()).isEqualTo(tree.a().room().getId());
            assertThat(m.getRole()).isEqualTo(MembershipRole.TENANT);
        });
        String code = (String) added.getFlashMap().get("bindingCode");
        assertThat(code).matches("[0-9]{6}");
        assertThat(entries("PHONE_ADDED")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("console:committee-a"))
                .satisfies(e -> assertThat(e.getTargetId()).isEqualTo(phone.getId().toString()));

        mvc.perform(get("/phones/" + phone.getId()).with(signedIn(tree.committeeAdminA())).flashAttrs(added.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong id=\"binding-code\">" + code + "</strong>")))
                .andExpect(content().string(containsString("BD " + code)))
                .andExpect(content().string(containsString("id=\"phone-status\"")))
                .andExpect(content().string(containsString("data-status=\"PENDING\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
                .andExpect(content().string(containsString("id=\"restart-binding\"")));
        mvc.perform(get("/phones/" + phone.getId()).with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(not(containsString("binding-code"))))
                .andExpect(content().string(not(containsString(code))));
    }

    @Test
    void theStatusPartShowsActiveOnceTheOwnerConfirmsAndStopsPolling() throws Exception {
        MvcResult added = add(tree.committeeAdminA(), tree.a().community(), "张三", "13800000009", "1-1-101", "OWNER")
                .andReturn();
        long id = phones.findByE164("+8613800000009").orElseThrow().getId();
        String statusPart = "/phones/" + id + "/status";
        mvc.perform(get(statusPart).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"PENDING\"")))
                .andExpect(content().string(containsString("hx-get=\"" + statusPart + "\"")))
                .andExpect(content().string(containsString("data-binding=\"WAITING\"")));

        assertThat(bindings.confirm(id, (String) added.getFlashMap().get("bindingCode")).outcome())
                .isEqualTo(PhoneBindings.Outcome.CONFIRMED);

        mvc.perform(get(statusPart).with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("id=\"phone-status\"")))
                .andExpect(content().string(containsString("data-status=\"ACTIVE\"")))
                .andExpect(content().string(containsString("data-binding=\"CONFIRMED\"")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
        mvc.perform(get("/phones/" + id).with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("data-status=\"ACTIVE\"")))
                .andExpect(content().string(containsString("id=\"suspend-phone\"")));
        assertThat(entries("PHONE_VIEWED")).hasSize(1); // the polled part is not a look at personal data
    }

    @Test
    void theBindingStateSaysWhenTheCodeExpiredOrIsLocked() throws Exception {
        add(tree.committeeAdminA(), tree.a().community(), "张三", "13800000009", "1-1-101", "OWNER");
        add(tree.committeeAdminA(), tree.a().community(), "李四", "13800000010", "1-1-101", "OWNER");
        long locked = phones.findByE164("+8613800000009").orElseThrow().getId();
        long expired = phones.findByE164("+8613800000010").orElseThrow().getId();
        for (int i = 0; i < PhoneBindings.MAX_TRIES; i++) {
            bindings.confirm(locked, "wrong!");
        }
        clock.advance(PhoneBindings.VALIDITY.plusSeconds(1));

        mvc.perform(get("/phones/" + locked + "/status").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("data-binding=\"LOCKED\"")));
        mvc.perform(get("/phones/" + expired).with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("data-binding=\"EXPIRED\"")))
                .andExpect(content().string(containsString("id=\"restart-binding\"")));
    }

    @Test
    void wrongFieldsAreMarkedAndNothingIsStored() throws Exception {
        add(tree.committeeAdminA(), tree.a().community(), "张三", "12345", "1-1-101", "OWNER")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("class=\"field-error\">不是有效的手机号码")));
        add(tree.committeeAdminA(), tree.a().community(), "张三", "13800000009", "9-9-999", "OWNER")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本小区没有这个房间")));
        add(tree.committeeAdminA(), tree.a().community(), "", "13800000009", "1-1-101", "BOSS")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("缺少姓名")))
                .andExpect(content().string(containsString("身份必须是")));
        assertThat(phones.existsByE164("+8613800000009")).isFalse();
        assertThat(entries("PHONE_ADDED")).isEmpty();
    }

    @Test
    void aTenancyIsStoredToTheEndOfItsLastDayAndShownByDays() throws Exception {
        add(tree.committeeAdminA(), tree.a().community(), "租客", "13800000009", "1-1-101", "TENANT",
                "2026-12-01", "2027-06-30").andExpect(status().isFound());
        Phone phone = phones.findWithPersonByE164("+8613800000009").orElseThrow();
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(memberships.findWithRoomsByPersonIdIn(List.of(phone.getPerson().getId()))).singleElement()
                .satisfies(m -> {
                    assertThat(m.getValidFrom()).isEqualTo(LocalDate.of(2026, 12, 1).atStartOfDay(shanghai).toInstant());
                    assertThat(m.getValidTo()).isEqualTo(LocalDate.of(2027, 7, 1).atStartOfDay(shanghai).toInstant());
                });
        mvc.perform(get("/phones/" + phone.getId()).with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("<td>2026-12-01</td>")))
                .andExpect(content().string(containsString("<td>2027-06-30</td>")));

        add(tree.committeeAdminA(), tree.a().community(), "租客", "13800000010", "1-1-101", "TENANT",
                "2027-02-30", "").andExpect(status().isOk())
                .andExpect(content().string(containsString("日期无效")));
        add(tree.committeeAdminA(), tree.a().community(), "租客", "13800000010", "1-1-101", "TENANT",
                "2027-03-01", "2027-01-01").andExpect(status().isOk())
                .andExpect(content().string(containsString("截止日期不能早于生效日期")));
        assertThat(phones.existsByE164("+8613800000010")).isFalse();
    }

    @Test
    void thePagesSpeakEnglishWhenAsked() throws Exception {
        mvc.perform(get("/phones").param("lang", "en").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("Registered phones")))
                .andExpect(content().string(containsString(">Active<")));
        add(tree.committeeAdminA(), tree.a().community(), "张三", "12345", "1-1-101", "OWNER")
                .andExpect(content().string(containsString("不是有效的手机号码")));
    }

    @Test
    void aRegisteredNumberIsAFieldErrorAndNoSecondPhone() throws Exception {
        add(tree.committeeAdminA(), tree.a().community(), "冒名", "+86 137 0000 0001", "1-1-101", "OWNER")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该号码已登记")));
        assertThat(phones.count()).isEqualTo(2);
    }

    @Test
    void aRoomOutsideTheUsersNodeIsAFieldError() throws Exception {
        OrgNode otherUnit = nodes.save(new OrgNode(tree.a().building(), OrgNodeType.UNIT, "1-2", "1号楼2单元"));
        rooms.save(new Room(tree.a().community(), otherUnit, "1-2-101"));
        ConsoleUser caretaker = data.user("caretaker", ConsoleRole.STAFF, tree.a().unit());

        add(caretaker, tree.a().community(), "张三", "13800000009", "1-2-101", "OWNER")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该房间不在您的管辖范围内")));
        assertThat(phones.existsByE164("+8613800000009")).isFalse();

        add(caretaker, tree.a().community(), "张三", "13800000009", "1-1-101", "OWNER").andExpect(status().isFound());
        assertThat(phones.existsByE164("+8613800000009")).isTrue();
    }

    @Test
    void staffOfACommunityAddPhonesThere() throws Exception {
        add(tree.staffA(), tree.a().community(), "保洁", "13800000010", "1-1-101", "FAMILY").andExpect(status().isFound());
        assertThat(phones.findByE164("+8613800000010")).get()
                .satisfies(p -> assertThat(p.getStatus()).isEqualTo(PhoneStatus.PENDING));
    }

    @Test
    void theAddFormPreselectsTheOnlyCommunity() throws Exception {
        String id = tree.a().community().getId().toString();
        mvc.perform(get("/phones/new").with(signedIn(tree.communityAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + id + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString("id=\"add-phone\"")));
        mvc.perform(get("/phones/new").with(signedIn(tree.streetAdmin())))
                .andExpect(content().string(not(containsString("selected=\"selected\">小区"))))
                .andExpect(content().string(containsString("小区A")))
                .andExpect(content().string(containsString("小区B")));
    }

    @Test
    void suspendReactivateAndANewCodeAreAuditedAndOnlyWhereTheyMakeSense() throws Exception {
        long active = tree.a().phone().getId();
        mvc.perform(post("/phones/" + active + "/suspend").with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(status().isFound());
        assertThat(phones.findById(active).orElseThrow().getStatus()).isEqualTo(PhoneStatus.SUSPENDED);
        mvc.perform(get("/phones/" + active).with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("id=\"reactivate-phone\"")));

        mvc.perform(post("/phones/" + active + "/binding").with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/phones/" + active + "/reactivate").with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(status().isFound());
        assertThat(phones.findById(active).orElseThrow().getStatus()).isEqualTo(PhoneStatus.ACTIVE);

        MvcResult added = add(tree.committeeAdminA(), tree.a().community(), "张三", "13800000009", "1-1-101", "OWNER")
                .andReturn();
        long pending = phones.findByE164("+8613800000009").orElseThrow().getId();
        String first = (String) added.getFlashMap().get("bindingCode");
        MvcResult restarted = mvc.perform(post("/phones/" + pending + "/binding")
                .with(signedIn(tree.committeeAdminA())).with(csrf())).andExpect(status().isFound()).andReturn();
        String second = (String) restarted.getFlashMap().get("bindingCode");
        assertThat(second).matches("[0-9]{6}");
        if (!second.equals(first)) {
            assertThat(bindings.confirm(pending, first).outcome()).isEqualTo(PhoneBindings.Outcome.WRONG);
        }
        assertThat(bindings.confirm(pending, second).outcome()).isEqualTo(PhoneBindings.Outcome.CONFIRMED);

        assertThat(entries("PHONE_SUSPENDED")).hasSize(1);
        assertThat(entries("PHONE_REACTIVATED")).hasSize(1);
        assertThat(entries("PHONE_BINDING_RESTARTED")).singleElement()
                .satisfies(e -> assertThat(e.getTargetId()).isEqualTo(String.valueOf(pending)));
    }

    @Test
    void aNameWithMarkupIsShownAsText() throws Exception {
        add(tree.committeeAdminA(), tree.a().community(), "<script>alert(1)</script>", "13800000009", "1-1-101",
                "OWNER").andExpect(status().isFound());
        long id = phones.findByE164("+8613800000009").orElseThrow().getId();

        for (String page : List.of("/phones", "/phones/" + id)) {
            mvc.perform(get(page).with(signedIn(tree.committeeAdminA())))
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                    .andExpect(content().string(not(containsString("<script>alert"))));
        }
    }

    @Test
    void addingWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/phones").with(signedIn(tree.committeeAdminA()))
                        .param("name", "张三").param("phone", "13800000009")
                        .param("community", tree.a().community().getId().toString())
                        .param("room", "1-1-101").param("role", "OWNER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/phones/" + tree.a().phone().getId() + "/suspend").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isForbidden());
        assertThat(phones.existsByE164("+8613800000009")).isFalse();
        assertThat(phones.findById(tree.a().phone().getId()).orElseThrow().getStatus()).isEqualTo(PhoneStatus.ACTIVE);
    }

    private ResultActions add(ConsoleUser user, OrgNode community, String name, String phone, String room, String role)
            throws Exception {
        return add(user, community, name, phone, room, role, "", "");
    }

    private ResultActions add(ConsoleUser user, OrgNode community, String name, String phone, String room, String role,
            String validFrom, String validTo) throws Exception {
        return mvc.perform(post("/phones").with(signedIn(user)).with(csrf())
                .param("name", name).param("phone", phone).param("community", community.getId().toString())
                .param("room", room).param("role", role).param("validFrom", validFrom).param("validTo", validTo));
    }

    private List<AuditEntry> entries(String action) {
        return audit.findAll().stream().filter(e -> e.getAction().equals(action)).toList();
    }
}
