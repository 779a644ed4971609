/**
 * The console's registered phones: the list of an administrator's phones, adding one (which
 * starts its binding by code), suspending and reactivating, and the bulk import from CSV.
 */
package community.porter.console.phones;
