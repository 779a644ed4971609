/**
 * The console's broadcasts: the list of broadcasts in scope, composing one (with a live SMS
 * counter), and following its progress and recipients live.
 */
package community.porter.console.broadcasts;
