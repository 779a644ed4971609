package community.porter.console.simulator;

import java.time.Instant;
import java.util.List;

/**
 * The demo's simulated phones, as the console's phone simulator page sees them. In demo mode
 * the gateway provides an implementation backed by its in-process SMSC simulator, so a message
 * typed on the page travels the same path as a real SMS; without demo mode there is none and the
 * page is not offered.
 */
public interface PhoneSimulator {

    /** Phones a person can pick, demo residents and staff first, then a few visitor phones. */
    List<SimulatedPhone> phones();

    /** Sends {@code text} from {@code phone} to Porter's service number as a mobile-originated SMS. */
    void send(String phone, String text);

    /** The conversation of one phone, oldest first: what it sent and what Porter answered. */
    List<SimulatedMessage> conversation(String phone);

    /** A phone on the simulator page. */
    record SimulatedPhone(String number, String label) {}

    /** One message in a conversation; {@code fromPhone} is true for what the phone sent. */
    record SimulatedMessage(long id, String phone, boolean fromPhone, String text, Instant at) {}
}
