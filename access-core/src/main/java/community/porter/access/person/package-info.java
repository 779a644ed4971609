/**
 * People, their phones and what a phone may do: room memberships, staff roles, phone bindings,
 * phone-number normalisation and the {@link community.porter.access.person.SenderDirectory} that
 * identifies the sender of an SMS.
 */
package community.porter.access.person;
