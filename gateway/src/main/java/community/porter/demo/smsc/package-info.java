/**
 * The demo's in-process SMSC simulator (SPEC §9): {@link community.porter.demo.smsc.DemoSmsc}
 * speaks real SMPP 3.4 on the loopback interface, so in demo mode a message typed on the
 * console's phone simulator reaches Porter the way a real SMS does (bind, deliver_sm, submit_sm,
 * delivery receipt), and {@link community.porter.demo.smsc.DemoPhoneSimulator} is the console's
 * view of it.
 */
package community.porter.demo.smsc;
