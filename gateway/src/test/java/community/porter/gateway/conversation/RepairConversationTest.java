package community.porter.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.repair.RepairState;
import community.porter.access.repair.RepairTicketRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code BX}: a resident reports a repair; the staff on duty hear of it. */
class RepairConversationTest extends ConversationTestBase {

    private static final String EVA = "+8613855500021";

    @Autowired NoticePeople people;
    @Autowired RepairTicketRepository tickets;
    @Autowired TransactionTemplate transactions;

    @BeforeAll
    void addResident() {
        people.resident(EVA, "伊娃", "3-2-201");
    }

    @Test
    void aResidentGetsATicketNumberAndTheStaffOnDutyAreTold() {
        play("""
                +8613855500021 > 报修 厨房水管漏水
                +8613855500021 < 报修已受理，单号R
                staff          < 3-2-201：厨房水管漏水
                               = OK
                +8613855500021 > bx the hall light is broken
                +8613855500021 < Repair ticket R
                staff          < 3-2-201：the hall light is broken
                               = OK
                """);
        transactions.executeWithoutResult(tx -> assertThat(tickets.findAll())
                .filteredOn(t -> t.getPhone().getE164().equals(EVA))
                .as("two open tickets for the room").hasSize(2)
                .allMatch(t -> t.getState() == RepairState.OPEN && t.getRoom().getCode().equals("3-2-201")));
    }

    @Test
    void staffWithoutARoomAndEmptyReportsAreRefused() {
        play("""
                staff          > BX lift broken
                staff          < You have no registered room
                               = FORBIDDEN
                +8613855500021 > 報修
                +8613855500021 < BX
                               = BAD_SYNTAX
                +8613755550103 > BX lift broken
                +8613755550103 < SQ
                               = NOT_REGISTERED
                """);
    }
}
