package community.porter.command.language;

/** What {@link CommandParser#parse(String)} made of a message: a command, or why there is none. */
public sealed interface ParseResult permits Parsed, ParseError {
}
