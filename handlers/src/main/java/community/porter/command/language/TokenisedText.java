package community.porter.command.language;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A message split into words by {@link TextNormaliser}, keeping the message itself for free text.
 *
 * @param source the message as received
 * @param tokens its words in order
 */
record TokenisedText(String source, List<Token> tokens) {

    TokenisedText {
        tokens = List.copyOf(tokens);
    }

    /** The words joined by single spaces: the normalised form of the message. */
    String normalised() {
        return tokens.stream().map(Token::text).collect(Collectors.joining(" "));
    }

    /** Everything the person wrote from {@code start} on, cleaned up as free text. */
    String freeTextFrom(int start) {
        return TextNormaliser.cleanFreeText(source.substring(start));
    }
}
