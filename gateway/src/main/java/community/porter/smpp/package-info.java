/**
 * The Camel component {@code smsc}: Porter as an SMPP 3.4 ESME over Cloudhopper.
 *
 * <ul>
 *   <li>{@link community.porter.smpp.SmscComponent} keeps the options of named connections and
 *       one {@link community.porter.smpp.SmscSession} per name in use, shared by its consumer
 *       and producers; {@code component.connections()} gives their
 *       {@link community.porter.smpp.SmscConnectionState} for health checks. With
 *       {@code setMeterRegistry} each connection also publishes Micrometer meters
 *       ({@code porter.smsc.*}, tagged with its name); without one it only counts.</li>
 *   <li>{@code from("smsc:main")} yields an {@code InboundSms} per message (long ones
 *       reassembled) or a {@code DeliveryReceipt} per receipt; the deliver_sm_resp goes out only
 *       when the exchange completed, ESME_RX_T_APPN when it failed. A part of a long message is
 *       answered once a {@code PendingPartStore} keeps it
 *       ({@link community.porter.smpp.SmscPartAssembler}).</li>
 *   <li>{@code to("smsc:main")} sends the {@code OutboundSms} in the body and leaves a
 *       {@code SubmitOutcome}, or fails with a {@code SendException} subtype that says what to
 *       do.</li>
 *   <li>{@link community.porter.smpp.SmscBinding} is the only class that maps PDUs to records
 *       and exchanges; {@link community.porter.smpp.SmscConfiguration} holds every option.</li>
 * </ul>
 *
 * <p>Several connections from configuration:
 * <pre>{@code
 * SmscComponent smsc = new SmscComponent();
 * SmscConfiguration main = new SmscConfiguration();
 * main.setHost("smsc.example.net");
 * main.setSystemId("porter");
 * main.setPassword(secret);
 * main.setAckListener(inboxAcks);
 * main.setPendingPartStore(inboundParts);
 * smsc.addConnection("main", main);
 * camelContext.addComponent("smsc", smsc);   // or expose it as a Spring bean named "smsc"
 * }</pre>
 */
package community.porter.smpp;
