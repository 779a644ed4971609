/** {@code CX}: what a sender may look up about their own cards, records, passes, or (staff) a room. */
package community.porter.command.query;
