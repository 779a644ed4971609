/**
 * Command-line tasks of the packaged jar ({@code java -jar porter.jar api-key …}): each starts a
 * small application context with only the database, runs and exits, without the SMPP, broker
 * and web parts of a normal start.
 */
package community.porter.gateway.cli;
