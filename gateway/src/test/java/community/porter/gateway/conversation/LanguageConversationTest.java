package community.porter.gateway.conversation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code YY}: a phone chooses the language of its replies. */
class LanguageConversationTest extends ConversationTestBase {

    private static final String ANNA = "+8613855500001";

    @Autowired NoticePeople people;

    @BeforeAll
    void addResident() {
        people.resident(ANNA, "安娜", "3-2-101");
    }

    @Test
    void theConfirmationIsAlreadyInTheNewLanguageAndLaterRepliesFollowIt() {
        play("""
                +8613855500001 > YY EN
                +8613855500001 < Replies will be in English.
                               = OK
                +8613855500001 > 帮助
                +8613855500001 < Commands:
                +8613855500001 > 語言 中文
                +8613855500001 < 已改为中文回复。
                               = OK
                +8613855500001 > HELP
                +8613855500001 < 指令
                +8613855500001 > ＹＹ　ｅｎ
                +8613855500001 < Replies will be in English.
                +8613855500001 > yy zh
                +8613855500001 < 已改为中文回复。
                """);
    }

    @Test
    void aWrongLanguageIsASyntaxErrorAndAnUnknownPhoneIsNotRegistered() {
        play("""
                +8613855500001 > YY FR
                +8613855500001 < YY EN
                               = BAD_SYNTAX
                +8613755550101 > YY EN
                +8613755550101 < SQ
                               = NOT_REGISTERED
                """);
    }
}
