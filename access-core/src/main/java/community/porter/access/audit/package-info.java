/** The audit log of administrative actions. */
package community.porter.access.audit;
