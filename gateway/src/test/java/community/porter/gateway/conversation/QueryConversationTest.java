package community.porter.gateway.conversation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code CX}: what residents may look up about themselves, and staff about a room in scope. */
class QueryConversationTest extends ConversationTestBase {

    private static final String GUO = "+8613855500041";

    @Autowired NoticePeople people;

    @BeforeAll
    void addResident() {
        people.resident(GUO, "郭靖", "3-1-204");
    }

    @Test
    void aResidentSeesTheirRoomsCardsRecordsAndPasses() {
        play("""
                +8613855500041 > CX
                +8613855500041 < Rooms: 3-1-204 owner. Cards: none. Live visitor passes: 0. Last entry: none.
                               = OK
                +8613855500041 > CX JL
                +8613855500041 < No access records yet.
                               = OK
                # The door's answer (opened, or refused by a controller whose list predates this
                # resident) is the door engineers' business; either way it leaves a record.
                +8613855500041 > KM
                +8613855500041 < 3-1
                +8613855500041 > 查詢 記錄 3
                +8613855500041 < 3-1单元门
                               = OK
                +8613855500041 > ＣＸ　ＫＰ
                +8613855500041 < You have no cards.
                               = OK
                +8613855500041 > cx fk
                +8613855500041 < No live visitor passes.
                               = OK
                owner          > CX KP
                owner          < Your cards: D0001
                               = OK
                """);
    }

    @Test
    void staffSeeTheResidentsOfARoomMaskedAndItsDoors() {
        play("""
                staff          > CX 3-1-204
                staff          < 3-1-204 residents: 郭* owner. Doors: entrance 3-1, main gate
                               = OK
                staff          > 查询 9-9-909
                staff          < 没有房号9-9-909
                               = NOT_FOUND
                +8613855500041 > CX 3-1-204
                +8613855500041 < You are not allowed
                               = FORBIDDEN
                +8613855500041 > CX JL 11
                +8613855500041 < Records: 1 to 10
                               = BAD_SYNTAX
                +8613755550105 > CX
                +8613755550105 < SQ
                               = NOT_REGISTERED
                """);
    }
}
