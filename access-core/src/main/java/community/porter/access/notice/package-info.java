/** Notice channels of a community and the subscriptions of phones to them. */
package community.porter.access.notice;
