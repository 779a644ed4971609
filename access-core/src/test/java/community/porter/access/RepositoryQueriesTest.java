package community.porter.access;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.card.Card;
import community.porter.access.card.CardRepository;
import community.porter.access.demo.DemoCommunity;
import community.porter.access.door.AccessRecord;
import community.porter.access.door.AccessRecordRepository;
import community.porter.access.door.AccessResult;
import community.porter.access.door.Door;
import community.porter.access.door.DoorRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.access.visitor.PassState;
import community.porter.access.visitor.RequestState;
import community.porter.access.visitor.VisitorPass;
import community.porter.access.visitor.VisitorPassRepository;
import community.porter.access.visitor.VisitorRequest;
import community.porter.access.visitor.VisitorRequestRepository;
import community.porter.access.visitor.VisitorType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** The hand-written queries of the repositories, run against the demo community. */
@SpringBootTest
@Transactional
class RepositoryQueriesTest {

    private static final String VISITOR = "+8613312345678";

    @Autowired DemoCommunity demo;
    @Autowired OrgNodeRepository nodes;
    @Autowired RoomRepository rooms;
    @Autowired PhoneRepository phones;
    @Autowired RoomMembershipRepository memberships;
    @Autowired DoorRepository doors;
    @Autowired CardRepository cards;
    @Autowired AccessRecordRepository accessRecords;
    @Autowired VisitorRequestRepository requests;
    @Autowired VisitorPassRepository passes;

    private final Instant now = Instant.now();
    private OrgNode community;

    @BeforeEach
    void seedDemo() {
        demo.seed(0);
        community = nodes.findCommunity(DemoCommunity.CODE).orElseThrow();
    }

    @Test
    void theActivePhonesOfARoomAreThoseOfItsCurrentMembers() {
        assertThat(phones.findActivePhonesOfRoom(room("1-1-101").getId(), now))
                .extracting(Phone::getE164)
                .containsExactly(DemoCommunity.OWNER_PHONE, DemoCommunity.FAMILY_PHONE);
        assertThat(phones.findActivePhonesOfRoom(room("1-1-102").getId(), now)).isEmpty();
        assertThat(memberships.findValidInRoom(room("2-1-201").getId(), now)).hasSize(1);
    }

    @Test
    void staffOnDutyAreFoundFromAnyNodeUnderTheirs() {
        String unitPath = room("3-2-204").getUnit().getPath();

        assertThat(phones.findActiveStaffPhonesOnDutyOver(unitPath)).extracting(Phone::getE164)
                .containsExactly(DemoCommunity.STAFF_PHONE);
        assertThat(phones.findActiveStaffPhonesOnDutyOver(community.getParent().getPath()))
                .as("the committee is above the staff member's node").isEmpty();
    }

    @Test
    void doorsAtOrUnderANodeAndSilentDoorsGoOffline() {
        OrgNode buildingTwo = room("2-1-101").getUnit().getParent();
        assertThat(doors.findAtOrUnder(buildingTwo.getPath())).extracting(Door::getCode)
                .containsExactly("2-1", "2-2");
        assertThat(doors.findAtOrUnder(community.getPath())).hasSize(7);

        Door gate = doors.findByCommunityIdAndCode(community.getId(), "GATE").orElseThrow();
        gate.heartbeat(now.minus(Duration.ofMinutes(5)));
        Door unit = doors.findByCommunityIdAndCode(community.getId(), "1-1").orElseThrow();
        unit.heartbeat(now);
        doors.flush();

        assertThat(doors.markSilentOffline(now.minus(Duration.ofMinutes(1)))).isEqualTo(1);
    }

    @Test
    void theLatestAccessRecordsOfCardsOrAPhoneComeNewestFirst() {
        Door gate = doors.findByCommunityIdAndCode(community.getId(), "GATE").orElseThrow();
        Card card = cards.findByNumber("D0001").orElseThrow();
        accessRecords.save(new AccessRecord(gate, card, null, null, now.minusSeconds(60),
                AccessResult.GRANTED, null));
        accessRecords.save(new AccessRecord(gate, null, null, DemoCommunity.OWNER_PHONE, now,
                AccessResult.DENIED, "offline"));

        List<AccessRecord> latest = accessRecords.findLatestOf(List.of(card.getId()),
                DemoCommunity.OWNER_PHONE, PageRequest.of(0, 10));
        assertThat(latest).extracting(AccessRecord::getResult)
                .containsExactly(AccessResult.DENIED, AccessResult.GRANTED);
        assertThat(accessRecords.findLatestOf(List.of(), DemoCommunity.OWNER_PHONE,
                PageRequest.of(0, 10))).hasSize(1);
    }

    @Test
    void livePassesAndTheirCodesAreFoundAndRevokedOnesAreNot() {
        Room room = room("1-1-101");
        VisitorRequest request = requests.save(new VisitorRequest(VISITOR, "快递小哥",
                VisitorType.KD, room, "4321", now, now.plus(Duration.ofMinutes(30))));
        VisitorPass pass = passes.save(new VisitorPass(request, VISITOR, VisitorType.KD, room,
                "123456", now.minusSeconds(1), now.plus(Duration.ofDays(1)), null, now));

        assertThat(requests.findByApprovalCodeAndStateAndRoomIdIn("4321", RequestState.PENDING,
                List.of(room.getId()))).containsExactly(request);
        assertThat(passes.findLiveByVisitorPhone(VISITOR, now)).containsExactly(pass);
        assertThat(passes.findLiveByRooms(List.of(room.getId()), now)).containsExactly(pass);
        assertThat(passes.isCodeLive(community.getId(), "123456", now)).isTrue();
        assertThat(passes.isCodeLive(community.getId(), "654321", now)).isFalse();
        assertThat(passes.countByCommunityIdAndVisitorPhoneAndCreatedAtGreaterThanEqual(
                community.getId(), VISITOR, now.minus(Duration.ofDays(30)))).isEqualTo(1);

        pass.revoke(now);
        passes.flush();

        assertThat(passes.findLiveByVisitorPhone(VISITOR, now)).isEmpty();
        assertThat(passes.isCodeLive(community.getId(), "123456", now)).isFalse();
        assertThat(passes.findByCommunityIdAndVisitorPhoneAndState(community.getId(), VISITOR,
                PassState.REVOKED)).containsExactly(pass);
    }

    private Room room(String code) {
        return rooms.findByCommunityIdAndCode(community.getId(), code).orElseThrow();
    }
}
