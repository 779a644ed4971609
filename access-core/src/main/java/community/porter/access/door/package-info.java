/** Doors and their controllers, explicit door grants for cards, and the access records. */
package community.porter.access.door;
