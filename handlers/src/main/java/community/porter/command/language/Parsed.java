package community.porter.command.language;

import java.util.Objects;

/**
 * A message that is a well-formed command.
 *
 * @param command        the command with its typed arguments
 * @param normalisedText the message as {@link TextNormaliser#normalise(String)} makes it, for the
 *                       command log
 */
public record Parsed(Command command, String normalisedText) implements ParseResult {

    public Parsed {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(normalisedText, "normalisedText");
    }
}
