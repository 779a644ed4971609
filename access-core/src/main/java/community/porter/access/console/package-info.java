/** Console users with their role and node scope, and the API keys of other applications. */
package community.porter.access.console;
