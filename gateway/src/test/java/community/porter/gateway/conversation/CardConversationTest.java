package community.porter.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.door.DoorCommand;
import community.porter.demo.door.SimulatedDoorController;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GS} and {@code JG} as conversations. The demo cards D0001 (owner) and D0002 (family) are
 * shared with other tests, so every script that reports one lost unblocks it again before it ends.
 * The secret of a demo person is the last 4 digits of their phone (no PINs are set).
 */
class CardConversationTest extends ConversationTestBase {

    /** The gate and the six unit entrances of DEMO. */
    static final List<String> DEMO_CONTROLLERS = List.of("ctl-gate", "ctl-1-1", "ctl-1-2", "ctl-2-1", "ctl-2-2",
            "ctl-3-1", "ctl-3-2");

    @Test
    void gsOfTheOnlyCardBlocksItOnEveryControllerAndGivesACaseNumber() {
        int before = cardCommands(DoorCommand.Type.BLOCK_CARD, "D0001");

        play("""
                owner > GS
                owner < Card D0001 is reported lost and blocked at every door. Case GS
                      = OK
                owner > GS
                owner < Card D0001 is already reported lost. Case GS
                      = OK
                """);
        awaitEveryControllerTold(DoorCommand.Type.BLOCK_CARD, "D0001", before);

        int unblocksBefore = cardCommands(DoorCommand.Type.UNBLOCK_CARD, "D0001");
        play("""
                owner > JG D0001 0001
                owner < Card D0001 is unblocked and works again.
                      = OK
                """);
        awaitEveryControllerTold(DoorCommand.Type.UNBLOCK_CARD, "D0001", unblocksBefore);
    }

    @Test
    void fiveWrongSecretsLockJgAlertStaffAndEvenTheRightSecretWaitsForTheLockToEnd() {
        play("""
                staff  > GS D0002
                staff  < Card D0002 is reported lost
                       = OK
                family > JG D0002 9999
                family < Check failed. 4 tries left.
                       = FORBIDDEN
                family > JG D0002 9999
                family < 3 tries left
                family > JG D0002 9999
                family < 2 tries left
                family > JG D0002 9999
                family < 1 tries left
                family > JG D0002 9999
                family < unblocking is locked for 15 minutes
                staff  < 安全提醒：+8613800000002多次解挂门卡D0002验证失败，解挂已锁定15分钟。
                       = FORBIDDEN
                family > JG D0002 0002
                family < unblocking is locked for 15 minutes
                staff  <>
                       = FORBIDDEN
                ~ 16m
                """);
        int before = cardCommands(DoorCommand.Type.UNBLOCK_CARD, "D0002");

        play("""
                family > JG D0002 0002
                family < Card D0002 is unblocked and works again.
                       = OK
                """);
        awaitEveryControllerTold(DoorCommand.Type.UNBLOCK_CARD, "D0002", before);
    }

    @Test
    void aResidentMayReportOnlyTheirOwnCardAndStaffAnyInTheirScope() {
        play("""
                owner  > GS D0002
                owner  < There is no card D0002, or it is not yours.
                       = FORBIDDEN
                owner  > JG D0002 0002
                owner  < There is no card D0002, or it is not yours.
                       = FORBIDDEN
                owner  > GS X9999
                owner  < There is no card X9999
                       = NOT_FOUND
                tenant > GS
                tenant < You have no card to report lost.
                       = NOT_FOUND
                staff  > GS D0001
                staff  < Card D0001 is reported lost
                       = OK
                staff  > JG D0001 0001
                staff  < Card D0001 is unblocked
                       = OK
                """);
    }

    @Test
    void jgOfACardThatIsNotLostChangesNothing() {
        play("""
                owner > JG D0001 0001
                owner < Card D0001 is not reported lost; nothing to unblock.
                      = OK
                """);
    }

    @Test
    void traditionalAndFullWidthKeywordsWork() {
        play("""
                owner  > 掛失
                owner  < 门卡D0001已挂失，各门禁已停用该卡，案件号GS
                       = OK
                owner  > 解掛 D0001 0001
                owner  < 门卡D0001已解挂
                       = OK
                family > ＧＳ　Ｄ０００２
                family < Card D0002 is reported lost
                       = OK
                family > ｊｇ，d0002，0002
                family < Card D0002 is unblocked
                       = OK
                """);
    }

    @Test
    void badSyntaxIsAnsweredWithTheShapeOfTheCommand() {
        play("""
                owner > GS D
                owner < A card number is 2 to 20 letters or digits
                      = BAD_SYNTAX
                owner > JG D0001
                owner < Add your PIN or the last 4 of your ID
                      = BAD_SYNTAX
                """);
    }

    private int cardCommands(DoorCommand.Type type, String card) {
        return (int) controllers.controller("ctl-gate").received().stream()
                .filter(c -> c.type() == type && card.equals(c.card())).count();
    }

    /** Every DEMO controller has received one more {@code type} command for {@code card} than before. */
    private void awaitEveryControllerTold(DoorCommand.Type type, String card, int before) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String id : DEMO_CONTROLLERS) {
                SimulatedDoorController controller = controllers.controller(id);
                assertThat(controller.received().stream().filter(c -> c.type() == type && card.equals(c.card())))
                        .as(id + " told " + type + " " + card).hasSize(before + 1);
            }
        });
    }
}
