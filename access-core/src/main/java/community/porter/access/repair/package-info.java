/** Repair tickets opened by residents ({@code BX}). */
package community.porter.access.repair;
