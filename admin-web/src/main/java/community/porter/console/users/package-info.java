/**
 * The console's user management: administrators create console users at or under their own node,
 * with a role that fits the node and is not above their own; disable, unlock and reset them; and
 * every signed-in user changes their own password. Property staff manage nobody.
 */
package community.porter.console.users;
