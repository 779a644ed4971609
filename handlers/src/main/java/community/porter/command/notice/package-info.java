/** Notice commands: {@code DY}, {@code TD} (subscriptions) and {@code GB} (broadcast from a phone). */
package community.porter.command.notice;
