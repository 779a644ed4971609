/** The console page where administrators create and revoke the API keys of other applications. */
package community.porter.console.apikeys;
