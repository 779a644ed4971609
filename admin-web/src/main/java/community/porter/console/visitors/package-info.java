/**
 * The visitors page: pending requests of rooms in the console user's scope (approved or denied
 * as {@code TY}/{@code JJ} would), live passes with revocation, and the blacklist of visitor
 * phones of the communities in scope. Every change is audited, and so is each look at the list.
 */
package community.porter.console.visitors;
