package community.porter.modem.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import community.porter.modem.sim.AtCommand.Form;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a command line after AT is read. */
class AtCommandTest {

    @Test
    void reads_the_four_forms_of_an_extended_command() {
        assertThat(AtCommand.parseLine("+cmgs=23")).containsExactly(new AtCommand("+CMGS", Form.SET, List.of("23")));
        assertThat(AtCommand.parseLine("+CPIN?")).containsExactly(new AtCommand("+CPIN", Form.READ, List.of()));
        assertThat(AtCommand.parseLine("+CNMI=?")).containsExactly(new AtCommand("+CNMI", Form.TEST, List.of()));
        assertThat(AtCommand.parseLine("^ICCID?")).containsExactly(new AtCommand("^ICCID", Form.READ, List.of()));
        assertThat(AtCommand.parseLine("+CGSN")).containsExactly(new AtCommand("+CGSN", Form.EXECUTE, List.of()));
    }

    @Test
    void splits_arguments_and_commands_outside_quotes_only() {
        List<AtCommand> commands = AtCommand.parseLine("+CPMS=\"SM\", \"a,b;c\" ;+CNMI=2,1,,1");

        assertThat(commands).extracting(AtCommand::name).containsExactly("+CPMS", "+CNMI");
        assertThat(commands.get(0).text(1)).isEqualTo("a,b;c");
        assertThat(commands.get(1).number(2)).isEmpty();
        assertThat(commands.get(1).number(3)).hasValue(1);
        assertThat(commands.get(1).text(7)).isEmpty();
    }

    @Test
    void reads_basic_commands_run_together() {
        assertThat(AtCommand.parseLine("E0V1&FS0=0S3?Z")).extracting(AtCommand::name, AtCommand::form)
                .containsExactly(
                        tuple("E", Form.EXECUTE),
                        tuple("V", Form.EXECUTE),
                        tuple("&F", Form.EXECUTE),
                        tuple("S0", Form.SET),
                        tuple("S3", Form.READ),
                        tuple("Z", Form.EXECUTE));
        assertThat(AtCommand.parseLine("")).isEmpty();
    }

    @Test
    void refuses_what_is_not_well_formed() {
        assertThatThrownBy(() -> AtCommand.parseLine("+CPMS=\"SM")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AtCommand.parseLine("+CMGF0?x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AtCommand.parseLine("&")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AtCommand.parseLine("E0!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AtCommand.parseLine("+CMGS=x").get(0).number(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
