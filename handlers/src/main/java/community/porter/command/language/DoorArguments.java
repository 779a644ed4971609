package community.porter.command.language;

import static community.porter.command.language.Arguments.fail;

import java.util.Optional;
import java.util.Set;

/** Arguments of {@code KM [door] [PIN]}. */
final class DoorArguments {

    /** What people call the community gate. */
    private static final Set<String> GATE_WORDS =
            Set.of("大门", "大門", "正门", "正門", "小区大门", "小區大門");
    private static final String GATE = "GATE";

    private DoorArguments() {
    }

    /**
     * A door and a PIN in either order, each at most once. A word of 4–6 digits is the PIN
     * (so {@code KM 1234} opens the sender's own entrance with PIN 1234); other words are the
     * door, except digits-only words that cannot be a PIN after a door is already given, which
     * are a mistyped PIN.
     */
    static Command.OpenDoor openDoor(Arguments args) {
        String door = null;
        String pin = null;
        if (args.remaining() > 2) {
            throw fail(SyntaxHint.KM);
        }
        while (args.hasMore()) {
            String word = args.next(SyntaxHint.KM).upper();
            boolean digits = Syntax.matches(Syntax.DIGITS, word);
            if (Syntax.matches(Syntax.PIN, word)) {
                if (pin != null) {
                    throw fail(SyntaxHint.KM);
                }
                pin = word;
            } else if (digits && (door != null || word.length() > 6)) {
                throw fail(SyntaxHint.KM_PIN);
            } else {
                if (door != null) {
                    throw fail(SyntaxHint.KM);
                }
                door = doorCode(word);
            }
        }
        return new Command.OpenDoor(Optional.ofNullable(door), Optional.ofNullable(pin));
    }

    private static String doorCode(String word) {
        if (GATE_WORDS.contains(word)) {
            return GATE;
        }
        if (!Syntax.matches(Syntax.DOOR, word)) {
            throw fail(SyntaxHint.KM_DOOR);
        }
        return word;
    }
}
