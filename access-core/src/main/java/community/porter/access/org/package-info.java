/** The organisation tree (district down to unit) and the rooms of the units. */
package community.porter.access.org;
