/**
 * Transport-neutral SMS types shared by the SMPP and modem transports and the routes, and
 * (in {@code codec}) the text codec both transports use.
 */
package community.porter.sms;
