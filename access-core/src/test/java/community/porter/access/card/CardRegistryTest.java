package community.porter.access.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.door.Door;
import community.porter.access.door.DoorCommand;
import community.porter.access.door.DoorCommandRepository;
import community.porter.access.door.DoorGrant;
import community.porter.access.door.DoorGrantRepository;
import community.porter.access.door.DoorRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.person.Person;
import community.porter.access.person.PhoneRepository;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** Staff's card actions outside SMS: issue, replace, cancel, and the console's lose and unblock. */
@SpringBootTest
@Transactional
class CardRegistryTest {

    @Autowired DemoCommunity demo;
    @Autowired CardRegistry registry;
    @Autowired CardDesk desk;
    @Autowired CardRepository cards;
    @Autowired CardLossCaseRepository cases;
    @Autowired DoorRepository doors;
    @Autowired DoorGrantRepository grants;
    @Autowired DoorCommandRepository commands;
    @Autowired OrgNodeRepository nodes;
    @Autowired PhoneRepository phones;

    OrgNode community;
    Person owner;
    List<String> controllers;

    @BeforeEach
    void seed() {
        demo.seed(0);
        community = nodes.findCommunity(DemoCommunity.CODE).orElseThrow();
        owner = phones.findWithPersonByE164(DemoCommunity.OWNER_PHONE).orElseThrow().getPerson();
        controllers = doors.findByCommunityIdOrderByCodeAsc(community.getId()).stream().map(Door::getControllerId)
                .distinct().toList();
        commands.deleteAll();
    }

    @Test
    void anIssuedCardIsActiveUnderItsUpperCaseNumberAndANumberIsNeverGivenTwice() {
        Card card = registry.issue(" rg9001 ", owner, community);

        assertThat(card.getNumber()).isEqualTo("RG9001");
        assertThat(card.getStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThatThrownBy(() -> registry.issue("RG9001", owner, community))
                .isInstanceOf(CardNumberTakenException.class);
        assertThat(cards.findAll()).filteredOn(c -> c.getNumber().equals("RG9001")).hasSize(1);
    }

    @Test
    void aReplacementCancelsTheOldCardPointsToTheNewKeepsTheGrantsAndBlocksTheOld() {
        Card old = registry.issue("RG9001", owner, community);
        Door gate = doors.findByCommunityIdAndCode(community.getId(), "GATE").orElseThrow();
        grants.save(new DoorGrant(old, gate, 0b0011111, LocalTime.of(7, 0), LocalTime.of(19, 0), null));
        desk.reportLost(old);
        commands.deleteAll();

        Card successor = registry.replace(old, "RG9002");

        assertThat(old.getStatus()).isEqualTo(CardStatus.CANCELLED);
        assertThat(old.getReplacedBy()).isSameAs(successor);
        assertThat(successor.getHolder()).isSameAs(owner);
        assertThat(successor.getStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThat(grants.findByCardId(successor.getId())).singleElement().satisfies(g -> {
            assertThat(g.getDoor()).isSameAs(gate);
            assertThat(g.getWeekdays()).isEqualTo(0b0011111);
            assertThat(g.getTimeTo()).isEqualTo(LocalTime.of(19, 0));
        });
        assertThat(cases.findFirstByCardIdAndResolvedAtIsNullOrderByIdDesc(old.getId()))
                .as("the loss case ends with the replacement").isEmpty();
        assertThat(commands.findAll()).as("a lost card is blocked already").isEmpty();
    }

    @Test
    void replacingOrCancellingACancelledCardIsRefused() {
        Card card = registry.issue("RG9001", owner, community);
        registry.cancel(card);

        assertThatThrownBy(() -> registry.replace(card, "RG9002")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> registry.cancel(card)).isInstanceOf(IllegalStateException.class);
        assertThat(cards.findByNumber("RG9002")).isEmpty();
    }

    @Test
    void cancellingAnActiveCardBlocksItOnEveryControllerOfItsCommunity() {
        Card card = registry.issue("RG9001", owner, community);

        registry.cancel(card);

        assertThat(card.getStatus()).isEqualTo(CardStatus.CANCELLED);
        assertThat(commands.findAll()).extracting(DoorCommand::getType, DoorCommand::getCard)
                .hasSize(controllers.size()).containsOnly(tuple(DoorCommand.Type.BLOCK_CARD, "RG9001"));
    }

    @Test
    void theConsolesLossIsTheSameAsGsWithACaseWithoutAPhone() {
        Card card = registry.issue("RG9001", owner, community);

        LossReport report = desk.reportLost(card);

        assertThat(report).isInstanceOf(LossReport.Reported.class);
        assertThat(card.getStatus()).isEqualTo(CardStatus.LOST);
        assertThat(cases.findFirstByCardIdAndResolvedAtIsNullOrderByIdDesc(card.getId())).get()
                .satisfies(c -> assertThat(c.getReportedBy()).isNull());
        assertThat(commands.findAll()).extracting(DoorCommand::getControllerId)
                .containsExactlyInAnyOrderElementsOf(controllers);
        assertThat(desk.reportLost(card)).isInstanceOf(LossReport.AlreadyLost.class);
    }

    @Test
    void theConsolesUnblockNeedsALostCardAndTellsTheControllers() {
        Card card = registry.issue("RG9001", owner, community);
        assertThat(desk.unblock(card)).isEqualTo(new Unblocking.NotLost("RG9001"));
        assertThat(commands.findAll()).isEmpty();

        desk.reportLost(card);
        assertThat(desk.unblock(card)).isEqualTo(new Unblocking.Unblocked("RG9001"));

        assertThat(card.getStatus()).isEqualTo(CardStatus.ACTIVE);
        assertThat(cases.findFirstByCardIdAndResolvedAtIsNullOrderByIdDesc(card.getId())).isEmpty();
        assertThat(commands.findAll()).filteredOn(c -> c.getType() == DoorCommand.Type.UNBLOCK_CARD)
                .hasSize(controllers.size());
    }
}
