/** Porter's REST API for other applications and tools, under {@code /api/v1}. */
package community.porter.console.api;
