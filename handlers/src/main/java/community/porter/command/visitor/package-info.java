/**
 * The visitor commands: {@code SQ} (a visitor asks), {@code TY}/{@code JJ} (a resident or staff
 * member answers), {@code FK} (a resident invites), {@code LH} (staff blacklist), and the expiry
 * of requests nobody answered. The decisions live in the access core's visitor desk; these
 * classes turn them into replies. No reply to a visitor carries a resident's number or name.
 */
package community.porter.command.visitor;
