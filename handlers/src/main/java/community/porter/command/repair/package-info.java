/** {@code BX}: repair reports from residents. */
package community.porter.command.repair;
