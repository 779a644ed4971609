/** Simulated door controllers on the broker, speaking docs/door-protocol.md, for the demo and tests. */
package community.porter.demo.door;
