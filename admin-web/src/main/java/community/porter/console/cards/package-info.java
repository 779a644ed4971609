/**
 * The cards pages: the cards whose holders lie in the console user's scope, and issuing, losing,
 * unblocking, replacing and cancelling them, each audited.
 */
package community.porter.console.cards;
