/** Access cards, their status (lost, cancelled, replaced) and the loss cases of {@code GS}. */
package community.porter.access.card;
