package community.porter.gateway.conversation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code DY} and {@code TD}: every resident gets every channel until they opt out; an opt-out of
 * everything lasts until {@code DY}; emergency alerts ({@code AQ}) cannot be turned off.
 */
class SubscriptionConversationTest extends ConversationTestBase {

    private static final String BEN = "+8613855500011";
    private static final String CAI = "+8613855500012";
    private static final String DAN = "+8613855500013";

    @Autowired NoticePeople people;

    @BeforeAll
    void addResidents() {
        people.resident(BEN, "本杰明", "3-2-102");
        people.resident(CAI, "蔡文", "3-2-103");
        people.resident(DAN, "丹尼", "3-2-104");
    }

    @Test
    void aResidentGetsEveryChannelUntilTheyUnsubscribeOne() {
        play("""
                +8613855500011 > DY
                +8613855500011 < Channels: AQ Security alerts (on), TS Water and power outages (on), TZ Notices (on).
                               = OK
                +8613855500011 > TD TS
                +8613855500011 < Unsubscribed from TS.
                               = OK
                +8613855500011 > TD TS
                +8613855500011 < You are not subscribed to TS.
                               = OK
                +8613855500011 > 订阅
                +8613855500011 < 停水停电（未订）
                +8613855500011 > 訂閱 ts
                +8613855500011 < 已订阅TS。
                               = OK
                +8613855500011 > DY TS
                +8613855500011 < You already get TS.
                               = OK
                """);
    }

    @Test
    void stopOptsOutOfEverythingButEmergencyAlertsUntilDyAgain() {
        play("""
                +8613855500012 > ＴＤ
                +8613855500012 < All notices stopped, except AQ emergency security alerts.
                               = OK
                +8613855500012 > 订阅
                +8613855500012 < 已恢复接收通知。可订阅频道：AQ安全警报（已订）、TS停水停电（已订）、TZ通知公告（已订）
                               = OK
                +8613855500012 > 退订 全部
                +8613855500012 < 已退订全部通知，但AQ紧急安全警报仍会发送。
                +8613855500012 > TD AQ
                +8613855500012 < AQ carries emergency security alerts and cannot be turned off.
                               = OK
                +8613855500012 > DY TZ
                +8613855500012 < Subscribed to TZ.
                               = OK
                +8613855500012 > DY
                +8613855500012 < Channels: AQ Security alerts (on), TS Water and power outages (on), TZ Notices (on).
                """);
    }

    @Test
    void anUnknownChannelIsNotFoundAndABadOneIsASyntaxError() {
        play("""
                +8613855500013 > DY XX
                +8613855500013 < There is no channel XX.
                               = NOT_FOUND
                +8613855500013 > 退訂 XX
                +8613855500013 < 没有频道XX。
                               = NOT_FOUND
                +8613855500013 > DY 12
                +8613855500013 < A channel code is 2 to 8 letters
                               = BAD_SYNTAX
                +8613755550102 > DY TZ
                +8613755550102 < SQ
                               = NOT_REGISTERED
                """);
    }
}
