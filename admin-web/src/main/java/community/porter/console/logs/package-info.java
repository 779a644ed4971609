/** The console's message and command log: every message in and out, searchable, and the life of one. */
package community.porter.console.logs;
