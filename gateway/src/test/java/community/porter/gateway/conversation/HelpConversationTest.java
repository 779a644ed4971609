package community.porter.gateway.conversation;

import org.junit.jupiter.api.Test;

/** {@code H} and the first words a phone sends, as conversations. */
class HelpConversationTest extends ConversationTestBase {

    @Test
    void residentsAskForHelpInEitherLanguageAndAreAnsweredInIt() {
        play("""
                owner  > H
                owner  < Commands: KM
                       = OK
                owner  > 帮助
                owner  < 指令：KM 开门
                       = OK
                family > ＨＥＬＰ
                family < Commands:
                family > 幫助
                family < 指令
                """);
    }

    @Test
    void staffHelpListsWhatTheirPermissionsAllow() {
        play("""
                staff  > H
                staff  < GB channel/scope text broadcast; LH phone blacklist
                tenant > H
                tenant < Commands: KM
                """);
    }

    @Test
    void anUnknownPhoneGetsTheVisitorHelpOnceADay() {
        play("""
                +8613755550001 > H
                +8613755550001 < SQ
                               = OK
                +8613755550001 > H
                +8613755550001 <>
                               = OK
                +8613755550001 > what is this
                               = NOT_REGISTERED
                ~ 25h
                +8613755550001 > hello
                +8613755550001 < SQ
                               = NOT_REGISTERED
                """);
    }

    @Test
    void anUnknownWordFromAResidentPointsToHelp() {
        play("""
                tenant > XYZ
                tenant < Send H
                       = UNKNOWN_COMMAND
                """);
    }
}
