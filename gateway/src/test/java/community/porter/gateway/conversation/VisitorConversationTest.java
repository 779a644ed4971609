package community.porter.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.message.OutboxMessage;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.visitor.VisitorPass;
import community.porter.access.visitor.VisitorPassRepository;
import community.porter.access.visitor.VisitorRequest;
import community.porter.access.visitor.VisitorRequestRepository;
import community.porter.access.visitor.VisitorType;
import community.porter.command.visitor.VisitRequestExpiry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The visitor flow as conversations: {@code SQ} → approval SMS → {@code TY}/{@code JJ} → pass,
 * expiry, invitations ({@code FK}) and blacklisting ({@code LH}). Each test uses its own visitor
 * phones, so the shared application holds no surprises for the next one; every test ends by
 * checking that nothing sent to its visitors carries a resident's number or name.
 */
class VisitorConversationTest extends ConversationTestBase {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    /** What a visitor must never read: the demo residents' numbers and names (SPEC §3.3). */
    private static final List<String> RESIDENT_DATA = List.of("13800000001", "13800000002", "13800000003",
            "13900000001", "张三", "李四", "赵六");

    @Autowired private VisitorRequestRepository requests;
    @Autowired private VisitorPassRepository passes;
    @Autowired private RoomRepository rooms;
    @Autowired private VisitRequestExpiry expiry;
    @Autowired private TransactionTemplate transactions;

    @Test
    void bothResidentsAreAskedAndTheOwnersApprovalSendsThePassToTheVisitor() {
        String visitor = "+8613700000021";
        ConversationScript chat = conversation();
        chat.play("""
                %1$s > SQ 1-1-101 王五 KD
                %1$s < 已通知1-1-101住户
                owner  < 访客王五（快递，尾号0021）申请到访1-1-101。同意回复 TY
                family < 访客王五（快递，尾号0021）申请到访1-1-101。同意回复 TY
                       = OK
                """.formatted(visitor));
        String code = approvalCodeOf(visitor);
        assertThat(code).matches("[0-9]{4}");
        chat.play("""
                owner  > TY %2$s
                owner  < Visit of 王五 (courier) approved
                %1$s < 您到访1-1-101的通行码：
                       = OK
                family <>
                """.formatted(visitor, code));
        VisitorPass pass = livePassOf(visitor);
        assertThat(pass.getPassCode()).matches("[0-9]{6}");
        assertThat(pass.getValidTo()).isEqualTo(pass.getValidFrom().plus(Duration.ofDays(1)));
        assertThat(lastTextTo(visitor)).contains(pass.getPassCode()).contains(UNTIL.format(pass.getValidTo()));
        chat.play("""
                family > TY %s
                family < already answered by another resident
                       = NOT_FOUND
                """.formatted(code));
        assertNothingRevealedTo(visitor);
    }

    @Test
    void aDeniedVisitorIsToldWithoutWhoDeniedIt() {
        String visitor = "+8613700000022";
        ConversationScript chat = conversation();
        chat.play(askFor101(visitor, "钱七"));
        chat.play("""
                family > JJ %2$s
                family < Visit of 钱七 (guest) refused
                %1$s < 您到访1-1-101的申请未获同意
                       = OK
                owner  <>
                """.formatted(visitor, approvalCodeOf(visitor)));
        assertThat(passes.findLiveByVisitorPhone(visitor, clock.instant())).isEmpty();
        assertNothingRevealedTo(visitor);
    }

    @Test
    void aRequestNobodyAnswersExpiresAfterThirtyMinutesAndTheVisitorIsToldOnce() {
        String visitor = "+8613700000023";
        ConversationScript chat = conversation();
        chat.play(askFor101(visitor, "周八"));
        String code = approvalCodeOf(visitor);
        chat.play("""
                ~ 31m
                owner > TY %s
                owner < has expired
                      = EXPIRED
                """.formatted(code));
        expiry.expireOverdue();
        chat.play("""
                %s < 30分钟内未获同意，已失效
                """.formatted(visitor));
        assertThat(expiry.expireOverdue()).as("a second sweep tells nobody again").isEmpty();
        chat.play("%s <>".formatted(visitor));
        assertNothingRevealedTo(visitor);
    }

    @Test
    void onlyTheRoomsResidentsMayAnswerAndAWrongCodeIsNotFound() {
        String visitor = "+8613700000024";
        ConversationScript chat = conversation();
        chat.play(askFor101(visitor, "吴九"));
        String code = approvalCodeOf(visitor);
        chat.play("""
                tenant > TY %1$s
                tenant < not allowed
                       = FORBIDDEN
                tenant > JJ %1$s
                tenant < not allowed
                       = FORBIDDEN
                owner  > TY %2$s
                owner  < Approval code %2$s is wrong
                       = NOT_FOUND
                owner  > JJ %1$s
                owner  < refused
                %3$s < 未获同意
                """.formatted(code, unusedCode(), visitor));
        assertNothingRevealedTo(visitor);
    }

    @Test
    void anUnknownRoomIsNotFound() {
        conversation().play("""
                +8613700000025 > SQ 9-9-909 郑十 快递
                +8613700000025 < 没有房号9-9-909
                               = NOT_FOUND
                """);
    }

    @Test
    void eachArgumentWrittenWrongGetsItsOwnHint() {
        conversation().play("""
                +8613700000026 > SQ
                +8613700000026 < SQ 3-1-201
                               = BAD_SYNTAX
                +8613700000026 > SQ 1-1 王五
                +8613700000026 < 房号格式为 楼-单元-房
                               = BAD_SYNTAX
                +8613700000026 > 申请 1-1-101
                +8613700000026 < 请写上您的姓名
                               = BAD_SYNTAX
                owner > TY 12
                owner < the 4 digits in the request SMS
                      = BAD_SYNTAX
                owner > 拒绝 abcd
                owner < 审批码是申请短信中的4位数字
                      = BAD_SYNTAX
                owner > FK 123
                owner < Wrong phone number
                      = BAD_SYNTAX
                owner > FK 13700000026 XX
                owner < Type is KD courier
                      = BAD_SYNTAX
                owner > FK 13700000026 9
                owner < Days must be 1 to 7
                      = BAD_SYNTAX
                staff > LH 12
                staff < Wrong phone number
                      = BAD_SYNTAX
                """);
    }

    @Test
    void traditionalAndFullWidthCommandsWork() {
        String visitor = "+8613700000027";
        ConversationScript chat = conversation();
        chat.play("""
                %1$s > ＳＱ　１－１－１０１　趙七　快遞
                %1$s < 已通知1-1-101住户
                owner  < 访客趙七（快递，尾号0027）
                family < 访客趙七（快递，尾号0027）
                       = OK
                """.formatted(visitor));
        chat.play("""
                family > 同意　%2$s
                family < 已同意趙七（快递）来访
                %1$s < 通行码
                       = OK
                """.formatted(visitor, toFullWidth(approvalCodeOf(visitor))));
        String second = "+8613700000028";
        chat.play("""
                %1$s > 申請 1-1-101 孫八 外賣
                %1$s < 已通知
                owner  < 孫八（外卖
                family < 孫八（外卖
                """.formatted(second));
        chat.play("""
                owner > 拒絕 %2$s
                owner < 已拒绝孫八（外卖）来访
                %1$s < 未获同意
                      = OK
                """.formatted(second, approvalCodeOf(second)));
        assertNothingRevealedTo(visitor);
        assertNothingRevealedTo(second);
    }

    @Test
    void aResidentInvitesAGuestForSeveralDays() {
        String visitor = "+8613700000029";
        String lastDay = UNTIL.format(clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(2)
                .atTime(23, 59).atZone(ZoneId.of("Asia/Shanghai")));
        conversation().play("""
                owner > FK 13700000029 访客 3
                owner < 已发给对方，有效至%2$s
                %1$s < 您受邀到访1-1-101，通行码
                      = OK
                """.formatted(visitor, lastDay));
        assertThat(livePassOf(visitor).getType()).isEqualTo(VisitorType.FK);
        assertNothingRevealedTo(visitor);
    }

    @Test
    void staffBlacklistingRevokesTheLivePassAtOnceAndResidentsMayNot() {
        String visitor = "+8613700000030";
        ConversationScript chat = conversation();
        chat.play("""
                owner > FK 13700000030 WX
                owner < is invited
                %s < 通行码
                """.formatted(visitor));
        assertThat(passes.findLiveByVisitorPhone(visitor, clock.instant())).hasSize(1);
        chat.play("""
                owner > LH 13700000030 冒充快递
                owner < 没有权限
                      = FORBIDDEN
                staff > LH 13700000030 冒充快递
                staff < 已拉黑+8613700000030，撤销其通行证1个
                      = OK
                %1$s <>
                staff > LH 13700000030
                staff < is already blacklisted
                      = OK
                %1$s > SQ 1-1-101 王五 快递
                %1$s < 您的号码暂不能申请来访
                      = BLACKLISTED
                owner <>
                owner > FK 13700000030
                owner < is blacklisted and cannot be invited
                      = BLACKLISTED
                """.formatted(visitor));
        assertThat(passes.findLiveByVisitorPhone(visitor, clock.instant())).as("live passes after LH").isEmpty();
        assertNothingRevealedTo(visitor);
    }

    @Test
    void aFrequentCourierGetsAThirtyDayPass() {
        String visitor = "+8613700000031";
        transactions.executeWithoutResult(tx -> {
            Room room = rooms.findByCodeOrderByIdAsc("1-1-102").get(0);
            Instant now = clock.instant();
            IntStream.range(0, 4).forEach(i -> {
                Instant issued = now.minus(Duration.ofDays(5 + i * 5));
                VisitorPass old = new VisitorPass(null, visitor, VisitorType.KD, room, "9" + (10000 + i), issued,
                        issued.plus(Duration.ofDays(1)), null, issued);
                passes.save(old);
            });
        });
        ConversationScript chat = conversation();
        chat.play("""
                %1$s > SQ 1-1-101 陈快递 KD
                %1$s < 已通知
                owner  < 陈快递
                family < 陈快递
                """.formatted(visitor));
        chat.play("""
                owner > TY %2$s
                owner < approved
                %1$s < 通行码
                """.formatted(visitor, approvalCodeOf(visitor)));
        VisitorPass pass = livePassOf(visitor);
        assertThat(Duration.between(pass.getValidFrom(), pass.getValidTo())).isEqualTo(Duration.ofDays(30));
        assertThat(lastTextTo(visitor)).contains(UNTIL.format(pass.getValidTo()));
        assertNothingRevealedTo(visitor);
    }

    // ---- helpers ----

    /** One conversation that several {@code play} calls continue, so messages carry over. */
    private ConversationScript conversation() {
        return new ConversationScript(inbox, pipeline, outbox, commandLog, clock);
    }

    private static String askFor101(String visitor, String name) {
        return """
                %1$s > SQ 1-1-101 %2$s
                %1$s < 已通知1-1-101住户
                owner  < 访客%2$s
                family < 访客%2$s
                       = OK
                """.formatted(visitor, name);
    }

    private String approvalCodeOf(String visitor) {
        return requests.findAll().stream().filter(r -> r.getVisitorPhone().equals(visitor))
                .max(Comparator.comparing(VisitorRequest::getId)).orElseThrow().getApprovalCode();
    }

    private VisitorPass livePassOf(String visitor) {
        List<VisitorPass> live = passes.findLiveByVisitorPhone(visitor, clock.instant());
        assertThat(live).as("live passes of " + visitor).hasSize(1);
        return live.get(0);
    }

    /** A 4-digit code no request uses, so "wrong code" cannot hit a real one by chance. */
    private String unusedCode() {
        List<String> used = requests.findAll().stream().map(VisitorRequest::getApprovalCode).toList();
        return IntStream.range(0, 10_000).mapToObj(i -> String.format("%04d", i)).filter(c -> !used.contains(c))
                .findFirst().orElseThrow();
    }

    private String lastTextTo(String phone) {
        return outbox.findAll().stream().filter(m -> m.getRecipient().equals(phone))
                .max(Comparator.comparing(OutboxMessage::getId)).orElseThrow().getText();
    }

    private void assertNothingRevealedTo(String visitor) {
        List<String> texts = outbox.findAll().stream().filter(m -> m.getRecipient().equals(visitor))
                .map(OutboxMessage::getText).toList();
        assertThat(texts).as("messages to the visitor").isNotEmpty();
        for (String text : texts) {
            for (String secret : RESIDENT_DATA) {
                assertThat(text).as("a message to visitor " + visitor).doesNotContain(secret);
            }
        }
    }

    private static String toFullWidth(String digits) {
        StringBuilder wide = new StringBuilder();
        digits.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
        return wide.toString();
    }
}
