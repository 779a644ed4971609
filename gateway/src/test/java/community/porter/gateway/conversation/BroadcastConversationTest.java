package community.porter.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.message.OutboxMessage;
import community.porter.access.notice.Broadcast;
import community.porter.access.notice.BroadcastRepository;
import community.porter.access.notice.BroadcastTarget;
import community.porter.access.notice.Broadcasts;
import community.porter.access.notice.RecipientStatus;
import community.porter.sms.InboundSms;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GB}: staff broadcast to a scope or a channel; opt-outs are honoured, emergency alerts
 * ({@code AQ}) are not held back by them, and the copies wait behind every reply.
 */
class BroadcastConversationTest extends ConversationTestBase {

    // Unit 1-2: only these two live there, so a scope broadcast reaches exactly them.
    private static final String IVY = "+8613855500051";
    private static final String JIN = "+8613855500052";
    // Unit 2-2: for the channel broadcasts, which reach the whole community.
    private static final String KAI = "+8613855500061";
    private static final String LAN = "+8613855500062";
    private static final String MEI = "+8613855500063";

    @Autowired NoticePeople people;
    @Autowired BroadcastRepository broadcastRecords;
    @Autowired Broadcasts broadcasts;

    @BeforeAll
    void addResidents() {
        people.resident(IVY, "艾薇", "1-2-101");
        people.resident(JIN, "金明", "1-2-202");
        people.resident(KAI, "凯文", "2-2-101");
        people.resident(LAN, "兰兰", "2-2-102");
        people.resident(MEI, "梅梅", "2-2-103");
    }

    @Test
    void aScopeBroadcastReachesItsResidentsButNotThoseWhoOptedOutOfEverything() {
        ConversationScript script = play("""
                +8613855500052 > TD
                +8613855500052 < All notices stopped
                staff          > GB 1-2 Lift maintenance tomorrow 9-11
                +8613855500051 < Lift maintenance tomorrow 9-11
                staff          < Broadcast queued for 1 phones in 1-2.
                               = OK
                staff          > 廣播 1-2-101 明天停水
                +8613855500051 < 明天停水
                staff          < 广播已排队，将发给1-2-101的1个号码。
                               = OK
                """);
        List<OutboxMessage> copies = outbox.findAll().stream()
                .filter(m -> m.getInboxId() != null && m.getInboxId() == script.lastInboxId())
                .filter(m -> m.getKind() == OutboxMessage.Kind.BROADCAST).toList();
        assertThat(copies).as("one broadcast copy, in a lane after replies")
                .singleElement().satisfies(m -> {
                    assertThat(m.getRecipient()).isEqualTo(IVY);
                    assertThat(m.getPriority()).isGreaterThan(5);
                });
        play("""
                +8613855500052 > DY
                +8613855500052 < Notices are on again.
                """);
    }

    @Test
    void aChannelBroadcastHonoursOptOutsExceptForEmergencyAlerts() {
        play("""
                +8613855500061 > TD TS
                +8613855500061 < Unsubscribed from TS.
                +8613855500062 > STOP
                +8613855500062 < except AQ emergency security alerts
                """);
        List<String> ts = broadcastTo(send("GB TS Water off 10:00-12:00"));
        assertThat(ts).as("TS reaches residents who kept it").contains(MEI).doesNotContain(KAI, LAN);
        List<String> aq = broadcastTo(send("GB AQ Gas leak in building 2, keep windows open"));
        assertThat(aq).as("AQ reaches everyone, opt-outs or not").contains(KAI, LAN, MEI);
        play("""
                +8613855500061 > DY TS
                +8613855500061 < Subscribed to TS.
                +8613855500062 > DY
                +8613855500062 < Notices are on again.
                """);
    }

    @Test
    void onlyStaffWithBroadcastOverTheTargetMayBroadcast() {
        play("""
                +8613855500051 > GB 1-2 hello neighbours
                +8613855500051 < You are not allowed
                               = FORBIDDEN
                staff          > GB 9 hello
                staff          < There is no channel or scope 9
                               = NOT_FOUND
                staff          > GB XX hello
                staff          < There is no channel or scope XX
                               = NOT_FOUND
                staff          > GB TZ
                staff          < Add the text
                               = BAD_SYNTAX
                staff          > GB 3-2-204 hello
                staff          < Nobody in 3-2-204 can receive it
                               = OK
                +8613755550106 > GB TZ hello
                +8613755550106 < SQ
                               = NOT_REGISTERED
                """);
    }

    @Test
    void aGbIsRecordedAsABroadcastOfThePhoneWithItsRecipientsAndProgress() {
        play("""
                +8613855500052 > TD
                +8613855500052 < All notices stopped
                """);
        long inboxId = send("GB 1-2 Bike shed repainted on Friday");

        Broadcast broadcast = broadcastRecords.findAll().stream().filter(b -> Long.valueOf(inboxId).equals(b.getInboxId())).findFirst()
                .orElseThrow();
        assertThat(broadcast.getAuthorKind()).isEqualTo(Broadcast.AuthorKind.PHONE);
        assertThat(broadcast.getAuthor()).isEqualTo(ConversationScript.PHONES.get("staff"));
        assertThat(broadcast.getTargetKind()).isEqualTo(BroadcastTarget.Kind.SCOPE);
        assertThat(broadcast.getTargetScope()).isEqualTo("1-2");
        assertThat(broadcast.isUrgent()).isFalse();
        assertThat(broadcasts.progress(broadcast.getId()).orElseThrow()).satisfies(p -> {
            assertThat(p.total()).isEqualTo(2);
            assertThat(p.counts()).containsEntry(RecipientStatus.OPTED_OUT, 1);
            assertThat(p.released()).isEqualTo(1);
        });
        assertThat(broadcastTo(inboxId)).containsExactly(IVY);
        play("""
                +8613855500052 > DY
                +8613855500052 < Notices are on again.
                """);
    }

    /** Sends a GB from the staff phone outside a script, whose audience is the whole community. */
    private long send(String text) {
        long id = inbox.store(new InboundSms("script", ConversationScript.PHONES.get("staff"),
                "10690000", text, null, null, clock.instant(), false)).inboxId();
        pipeline.run(id);
        return id;
    }

    private List<String> broadcastTo(long inboxId) {
        return outbox.findAll().stream()
                .filter(m -> m.getInboxId() != null && m.getInboxId() == inboxId)
                .filter(m -> m.getKind() == OutboxMessage.Kind.BROADCAST)
                .map(OutboxMessage::getRecipient).toList();
    }
}
