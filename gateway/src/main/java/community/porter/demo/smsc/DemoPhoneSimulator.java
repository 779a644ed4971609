package community.porter.demo.smsc;

import community.porter.console.simulator.PhoneSimulator;
import java.util.List;
import java.util.Objects;

/**
 * The console's phone simulator in demo mode: the demo community's phones (SPEC §9) and two
 * visitor phones, whose messages travel through the {@link DemoSmsc} over real SMPP to Porter
 * and back.
 */
public final class DemoPhoneSimulator implements PhoneSimulator {

    /** The phones of the demo community, residents and staff first, then visitors. */
    public static final List<SimulatedPhone> DEMO_PHONES = List.of(
            new SimulatedPhone("+8613800000001", "张三 · 业主 · 1-1-101"),
            new SimulatedPhone("+8613800000002", "业主家属 · 1-1-101"),
            new SimulatedPhone("+8613800000003", "租户 · 2-1-201"),
            new SimulatedPhone("+8613900000001", "物业工作人员"),
            new SimulatedPhone("+8613700000001", "访客 1（未登记）"),
            new SimulatedPhone("+8613700000002", "访客 2（未登记）"));

    private final DemoSmsc smsc;
    private final List<SimulatedPhone> phones;

    /** The simulator with the {@link #DEMO_PHONES}. */
    public DemoPhoneSimulator(DemoSmsc smsc) {
        this(smsc, DEMO_PHONES);
    }

    /**
     * @param smsc   the SMSC the phones are behind
     * @param phones the phones offered, in order
     */
    public DemoPhoneSimulator(DemoSmsc smsc, List<SimulatedPhone> phones) {
        this.smsc = Objects.requireNonNull(smsc, "smsc");
        this.phones = List.copyOf(phones);
    }

    @Override
    public List<SimulatedPhone> phones() {
        return phones;
    }

    /**
     * {@inheritDoc} Any E.164 number may send, not only the listed phones, so a demo can show
     * what a stranger gets.
     *
     * @throws IllegalArgumentException when the phone is not a number or the text is too long
     */
    @Override
    public void send(String phone, String text) {
        smsc.deliver(phone, text);
    }

    @Override
    public List<SimulatedMessage> conversation(String phone) {
        return smsc.conversations().conversation(normalise(phone));
    }

    /** {@code 8613800000001} and {@code +8613800000001} are one phone. */
    private static String normalise(String phone) {
        try {
            return "+" + PhoneNumbers.digitsOf(phone);
        } catch (IllegalArgumentException notANumber) {
            return String.valueOf(phone);
        }
    }
}
