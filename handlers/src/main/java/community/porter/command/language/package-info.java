/**
 * The SMS command language, parser side: {@link community.porter.command.language.TextNormaliser}
 * turns what a person typed into tokens, {@link community.porter.command.language.CommandParser}
 * turns them into a typed {@link community.porter.command.language.Command} or a
 * {@link community.porter.command.language.ParseError} naming the hint to reply with, and
 * {@link community.porter.command.language.ReplyTexts} holds every reply text in both languages
 * (bundles {@code messages/commands_zh.properties} and {@code messages/commands_en.properties}).
 *
 * <p>Everything here is pure: no I/O besides reading the bundles once, no Spring, no database.
 * Deciding who may run a command, and running it, is the handlers' job.
 */
package community.porter.command.language;
