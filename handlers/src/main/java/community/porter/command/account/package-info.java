/** Commands about the sender's own phone: {@code YY} (reply language) and {@code BD} (binding). */
package community.porter.command.account;
