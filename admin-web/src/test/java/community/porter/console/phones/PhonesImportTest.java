package community.porter.console.phones;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneBindings;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.console.ConsoleTestData;
import community.porter.console.ConsoleTestData.TwoCommittees;
import community.porter.console.phones.PhoneImport.Imported;
import community.porter.console.phones.PhoneImport.Rejected;
import community.porter.console.phones.PhoneImport.Result;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The bulk import of phones from CSV: good rows in, each bad row reported with its line and reason. */
@SpringBootTest
@AutoConfigureMockMvc
class PhonesImportTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired PhoneRepository phones;
    @Autowired RoomMembershipRepository memberships;
    @Autowired PhoneBindings bindings;
    @Autowired AuditEntryRepository audit;
    @Autowired OrgNodeRepository nodes;
    @Autowired RoomRepository rooms;

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
    void goodRowsAreImportedAndEveryBadRowIsReportedWithItsLineAndReason() throws Exception {
        String csv = String.join("\r\n",
                "name,phone,room,role,valid_to",
                "王五,13800000011,1-1-101,OWNER,2027-06-30",
                "\"Li, Ming \"\"Junior\"\"\",138 0000 0012,1-1-101,tenant,",
                ",13800000013,1-1-101,OWNER,",
                "x".repeat(101) + ",13800000014,1-1-101,OWNER,",
                "赵六,12345,1-1-101,OWNER,",
                "孙七,13800000015,9-9-999,OWNER,",
                "周八,13800000016,1-1-101,BOSS,",
                "吴九,13800000017,1-1-101,OWNER,2027-13-45",
                "郑十,+8613800000011,1-1-101,FAMILY,",
                "冒名,13700000001,1-1-101,OWNER,",
                "少列,13800000018",
                "<script>alert(1)</script>,13800000019,1-1-101,家属,",
                "");
        Result result = importFile(tree.committeeAdminA(), tree.a().community(), false,
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.error()).isNull();
        assertThat(result.imported()).extracting(Imported::line).containsExactly(2, 3, 13);
        assertThat(result.rejected()).containsExactly(
                new Rejected(4, "phones.error.name.missing"),
                new Rejected(5, "phones.error.name.tooLong"),
                new Rejected(6, "phones.error.phone.invalid"),
                new Rejected(7, "phones.error.room.unknown"),
                new Rejected(8, "phones.error.role.invalid"),
                new Rejected(9, "phones.error.date.invalid"),
                new Rejected(10, "phones.import.error.duplicate"),
                new Rejected(11, "phones.error.phone.registered"),
                new Rejected(12, "phones.import.error.columns"));

        Phone quoted = phones.findWithPersonByE164("+8613800000012").orElseThrow();
        assertThat(quoted.getPerson().getName()).isEqualTo("Li, Ming \"Junior\"");
        assertThat(quoted.getStatus()).isEqualTo(PhoneStatus.PENDING);
        Phone dated = phones.findWithPersonByE164("+8613800000011").orElseThrow();
        assertThat(memberships.findWithRoomsByPersonIdIn(List.of(dated.getPerson().getId())))
                .singleElement().satisfies(m -> assertThat(m.getValidTo()).isEqualTo(
                        LocalDate.of(2027, 7, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
        assertThat(phones.count()).isEqualTo(2 + 3);
        assertThat(phones.findByPersonIdOrderByIdAsc(tree.a().resident().getId())).hasSize(1);

        // The codes listed work: the owner of line 2 confirms with his.
        String code = result.imported().get(0).bindingCode();
        assertThat(code).matches("[0-9]{6}");
        assertThat(bindings.confirm(dated.getId(), code).outcome()).isEqualTo(PhoneBindings.Outcome.CONFIRMED);

        assertThat(entries("PHONES_IMPORTED")).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("imported=3").contains("rejected=9"));
    }

    @Test
    void theResultPageShowsCountsReasonsAndCodesOnceAndEscapesNames() throws Exception {
        String csv = "name,phone,room,role\n<script>alert(1)</script>,13800000019,1-1-101,OWNER\n坏号,123,1-1-101,OWNER\n";
        MvcResult posted = post(tree.committeeAdminA(), tree.a().community(), false, csv.getBytes(StandardCharsets.UTF_8));
        Result result = (Result) posted.getFlashMap().get("result");
        String code = result.imported().get(0).bindingCode();

        mvc.perform(get("/phones/import").with(signedIn(tree.committeeAdminA())).flashAttrs(posted.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-summary\"")))
                .andExpect(content().string(containsString("data-imported=\"1\"")))
                .andExpect(content().string(containsString("data-rejected=\"1\"")))
                .andExpect(content().string(containsString("<tr data-line=\"3\"")))
                .andExpect(content().string(containsString("不是有效的手机号码")))
                .andExpect(content().string(containsString("id=\"import-imported\"")))
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/phones/import").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("id=\"csv-file\"")))
                .andExpect(content().string(containsString("id=\"import-phones\"")))
                .andExpect(content().string(not(containsString("import-summary"))));
        mvc.perform(get("/phones").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void aGbkFileAsExcelWritesItAndAUtf8FileWithAByteOrderMarkAreBothRead() throws Exception {
        String csv = "name,phone,room,role\r\n张三,13800000021,1-1-101,业主\r\n";
        Result gbk = importFile(tree.committeeAdminA(), tree.a().community(), true, csv.getBytes(GBK));
        assertThat(gbk.imported()).singleElement().satisfies(i -> assertThat(i.name()).isEqualTo("张三"));

        byte[] utf8 = csv.replace("张三", "李四").replace("21", "22").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Result bom = importFile(tree.committeeAdminA(), tree.a().community(), true, withBom);
        assertThat(bom.error()).isNull();
        assertThat(bom.imported()).singleElement().satisfies(i -> assertThat(i.name()).isEqualTo("李四"));

        assertThat(phones.findWithPersonByE164("+8613800000021")).get()
                .satisfies(p -> assertThat(p.getPerson().getName()).isEqualTo("张三"));
    }

    @Test
    void verifiedNumbersAreActiveAtOnceWithoutACode() throws Exception {
        String csv = "name,phone,room,role,valid_to\n张三,13800000031,1-1-101,OWNER,2027/6/30\n";
        Result result = importFile(tree.committeeAdminA(), tree.a().community(), true, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.imported()).singleElement().satisfies(i -> assertThat(i.bindingCode()).isNull());
        Phone phone = phones.findWithPersonByE164("+8613800000031").orElseThrow();
        assertThat(phone.getStatus()).isEqualTo(PhoneStatus.ACTIVE);
        // Excel writes dates with slashes.
        assertThat(memberships.findWithRoomsByPersonIdIn(List.of(phone.getPerson().getId()))).singleElement()
                .satisfies(m -> assertThat(m.getValidTo()).isEqualTo(
                        LocalDate.of(2027, 7, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    @Test
    void aRoomOutsideTheUsersNodeIsRejectedByRow() throws Exception {
        OrgNode otherUnit = nodes.save(new OrgNode(tree.a().building(), OrgNodeType.UNIT, "1-2", "1号楼2单元"));
        rooms.save(new Room(tree.a().community(), otherUnit, "1-2-101"));
        ConsoleUser caretaker = data.user("caretaker", ConsoleRole.STAFF, tree.a().unit());
        String csv = "name,phone,room,role\n张三,13800000041,1-2-101,OWNER\n李四,13800000042,1-1-101,OWNER\n";

        Result result = importFile(caretaker, tree.a().community(), false, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.rejected()).containsExactly(new Rejected(2, "phones.error.room.outOfScope"));
        assertThat(result.imported()).extracting(Imported::e164).containsExactly("+8613800000042");
    }

    @Test
    void wholeFilesAreRefusedWithAClearErrorWhenTooLargeTooLongOrWithoutTheHeader() throws Exception {
        StringBuilder many = new StringBuilder("name,phone,room,role\n");
        for (int i = 0; i <= PhoneImport.MAX_ROWS; i++) {
            many.append("n,1380").append(String.format("%07d", i)).append(",1-1-101,OWNER\n");
        }
        assertThat(importFile(tree.committeeAdminA(), tree.a().community(), false,
                many.toString().getBytes(StandardCharsets.UTF_8)).error()).isEqualTo("phones.import.error.tooManyRows");
        byte[] huge = new byte[PhoneImport.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThat(importFile(tree.committeeAdminA(), tree.a().community(), false, huge).error())
                .isEqualTo("phones.import.error.tooLarge");
        assertThat(importFile(tree.committeeAdminA(), tree.a().community(), false,
                "phone,name\n13800000001,x\n".getBytes(StandardCharsets.UTF_8)).error())
                .isEqualTo("phones.import.error.header");

        MvcResult refused = post(tree.committeeAdminA(), tree.a().community(), false, huge);
        mvc.perform(get("/phones/import").with(signedIn(tree.committeeAdminA())).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("id=\"import-error\"")))
                .andExpect(content().string(containsString("文件超过 1 MB")));
        assertThat(phones.count()).isEqualTo(2);
        assertThat(entries("PHONES_IMPORTED")).isEmpty();
    }

    @Test
    void importingIntoAnotherCommitteesCommunityIsNotFoundAndImportsNothing() throws Exception {
        String csv = "name,phone,room,role\n张三,13800000051,1-1-101,OWNER\n";
        mvc.perform(multipart("/phones/import").file(file(csv.getBytes(StandardCharsets.UTF_8)))
                        .param("community", tree.b().community().getId().toString())
                        .with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/phones/import").file(file(csv.getBytes(StandardCharsets.UTF_8)))
                        .param("community", tree.a().community().getId().toString())
                        .with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isForbidden());
        assertThat(phones.existsByE164("+8613800000051")).isFalse();
        assertThat(audit.count()).isZero();
    }

    private Result importFile(ConsoleUser user, OrgNode community, boolean verified, byte[] csv) throws Exception {
        return (Result) post(user, community, verified, csv).getFlashMap().get("result");
    }

    private MvcResult post(ConsoleUser user, OrgNode community, boolean verified, byte[] csv) throws Exception {
        return mvc.perform(multipart("/phones/import").file(file(csv))
                        .param("community", community.getId().toString())
                        .param("verified", String.valueOf(verified))
                        .with(signedIn(user)).with(csrf()))
                .andExpect(status().isFound())
                .andReturn();
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "phones.csv", "text/csv", content);
    }

    private List<AuditEntry> entries(String action) {
        return audit.findAll().stream().filter(e -> e.getAction().equals(action)).toList();
    }

}
