package community.porter.command.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command records refuse arguments of the wrong shape, so a handler never sees one. */
class CommandTest {

    static Stream<Arguments> invalidCommands() {
        return Stream.of(
                invalid("door with a space", () -> new Command.OpenDoor(Optional.of("3 1"), Optional.empty())),
                invalid("three-digit PIN", () -> new Command.OpenDoor(Optional.empty(), Optional.of("123"))),
                invalid("unit as a room", () -> new Command.VisitRequest("3-1", "张三", VisitorType.FK)),
                invalid("name of 21 characters", () -> new Command.VisitRequest("3-1-201", "a".repeat(21), VisitorType.FK)),
                invalid("no type", () -> new Command.VisitRequest("3-1-201", "Tom", null)),
                invalid("approval code of 5 digits", () -> new Command.Approve("12345")),
                invalid("deny code of letters", () -> new Command.Deny("abcd")),
                invalid("phone of 4 digits", () -> new Command.Invite("1234", VisitorType.FK, Optional.empty())),
                invalid("8 days", () -> new Command.Invite("13800000000", VisitorType.FK, Optional.of(8))),
                invalid("count on a card query", () -> new Command.Query(QueryKind.CARDS, Optional.of(3), Optional.empty())),
                invalid("11 records", () -> new Command.Query(QueryKind.RECORDS, Optional.of(11), Optional.empty())),
                invalid("room query without room", () -> new Command.Query(QueryKind.ROOM)),
                invalid("room on a summary", () -> new Command.Query(QueryKind.SUMMARY, Optional.empty(), Optional.of("3-1-201"))),
                invalid("lower-case card", () -> new Command.ReportLost(Optional.of("d0001"))),
                invalid("secret with a letter", () -> new Command.Unblock("D0001", "12A4")),
                invalid("channel with a digit", () -> new Command.Subscribe(Optional.of("T1"))),
                invalid("one-letter channel", () -> new Command.Unsubscribe(Optional.of("T"))),
                invalid("empty repair", () -> new Command.Repair(" ")),
                invalid("301-character repair", () -> new Command.Repair("x".repeat(301))),
                invalid("binding code of 5 digits", () -> new Command.Bind("12345")),
                invalid("broadcast to a Chinese target", () -> new Command.Broadcast("三号楼", "停水")),
                invalid("empty broadcast", () -> new Command.Broadcast("TZ", "")),
                invalid("101-character reason", () -> new Command.Blacklist("13800000000", Optional.of("x".repeat(101)))),
                invalid("no language", () -> new Command.Language(null)));
    }

    private static Arguments invalid(String what, Executable construction) {
        return Arguments.of(what, construction);
    }

    @ParameterizedTest(name = "[{index}] a command with {0} cannot be built")
    @MethodSource("invalidCommands")
    void commandsWithMalformedArgumentsCannotBeBuilt(String what, Executable construction) {
        assertThatThrownBy(construction::execute)
                .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class);
    }

    @Test
    void pinsAndSecretsNeverAppearInLogs() {
        assertThat(new Command.OpenDoor(Optional.of("3-1"), Optional.of("4711")).toString())
                .contains("3-1").doesNotContain("4711");
        assertThat(new Command.Unblock("D0001", "987X").toString()).contains("D0001").doesNotContain("987X");
    }

    @Test
    void aSecretIsNotEchoedInTheErrorOfABadCommandEither() {
        assertThatThrownBy(() -> new Command.Unblock("D0001", "98765432"))
                .hasMessageNotContaining("98765432");
        assertThatThrownBy(() -> new Command.OpenDoor(Optional.empty(), Optional.of("98765432")))
                .hasMessageNotContaining("98765432");
    }
}
