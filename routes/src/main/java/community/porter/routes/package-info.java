/**
 * Porter's Camel routes: inbound (store, then acknowledge), commands, outbound (claim, send,
 * record) and the recovery sweep. Transports are known by endpoint URI only.
 */
package community.porter.routes;
