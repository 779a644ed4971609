/** The card commands: {@code GS} reports a card lost, {@code JG} unblocks it (SPEC §3.2). */
package community.porter.command.card;
