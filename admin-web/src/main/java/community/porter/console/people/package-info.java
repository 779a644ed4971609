/**
 * The console pages of people, rooms and memberships: who lives where and in what role, for how
 * long, and which staff act at which node with which permissions. Every look at a person and
 * every change is audited, and every query and id is held to the console user's scope.
 */
package community.porter.console.people;
