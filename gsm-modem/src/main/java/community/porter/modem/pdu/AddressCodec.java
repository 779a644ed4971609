package community.porter.modem.pdu;

import community.porter.sms.codec.Gsm7Packing;
import community.porter.sms.codec.GsmAlphabet;
import java.util.Optional;

/**
 * Reads and writes the two address forms of a PDU.
 *
 * <ul>
 *   <li>TP addresses (TS 23.040 §9.1.2.5: TP-OA, TP-DA, TP-RA): a length octet counting the
 *       useful semi-octets, the type-of-address octet, then the value;</li>
 *   <li>the SMSC address field that 27.005 puts before the TPDU (TS 24.011 §8.2.5.1): a length
 *       octet counting the octets after it, type-of-address included; length 0 means "the
 *       modem's own SMSC".</li>
 * </ul>
 *
 * <p>Digits are semi-octets, low nibble first; an odd count ends with the filler nibble
 * {@code F}, whose value is not checked (a receiver has no use for it). Values 10 to 14 are the
 * symbols {@code * # a b c}; 15 anywhere else is a bad semi-octet. Alphanumeric values are GSM
 * 7-bit text packed like user data.
 */
final class AddressCodec {

    private static final String SYMBOLS = "0123456789*#abc";
    private static final int FILLER = 0x0F;
    private static final int MAX_VALUE_OCTETS = Address.MAX_DIGITS / 2;

    private AddressCodec() {
    }

    /**
     * @param reader at the length octet
     * @param field  the field's name for error messages, e.g. {@code TP-OA}
     * @return the address
     * @throws MalformedPduException when the length is over 20 or past the end, or a semi-octet
     *                               is bad
     */
    static Address readAddress(PduReader reader, String field) {
        int lengthAt = reader.position();
        int semiOctets = reader.octet(field + " length");
        if (semiOctets > Address.MAX_DIGITS) {
            throw MalformedPduException.at(lengthAt, field + " length " + semiOctets
                    + " is over the " + Address.MAX_DIGITS + " semi-octets an address holds");
        }
        int typeOfAddress = reader.octet(field + " type of address");
        TypeOfNumber type = TypeOfNumber.ofCode(typeOfAddress >>> 4);
        int valueAt = reader.position();
        byte[] octets = reader.octets((semiOctets + 1) / 2, field + " value (" + semiOctets + " semi-octets)");
        String value = type == TypeOfNumber.ALPHANUMERIC
                ? alphanumeric(octets, semiOctets * 4 / 7)
                : digits(octets, semiOctets, valueAt, field);
        return new Address(type, typeOfAddress & 0x0F, value);
    }

    /**
     * @param reader at the SMSC length octet, the first of a 27.005 PDU
     * @return the SMSC address, or empty when the length is 0
     * @throws MalformedPduException when the field is too long, cut short or has a bad semi-octet
     */
    static Optional<Address> readServiceCentre(PduReader reader) {
        String field = "SMSC address";
        int lengthAt = reader.position();
        int length = reader.octet(field + " length");
        if (length == 0) {
            return Optional.empty();
        }
        if (length > 1 + MAX_VALUE_OCTETS) {
            throw MalformedPduException.at(lengthAt, field + " length " + length
                    + " is over the " + (1 + MAX_VALUE_OCTETS) + " octets it can have");
        }
        int typeOfAddress = reader.octet(field + " type of address");
        TypeOfNumber type = TypeOfNumber.ofCode(typeOfAddress >>> 4);
        int valueAt = reader.position();
        byte[] octets = reader.octets(length - 1, field + " value");
        String value;
        if (type == TypeOfNumber.ALPHANUMERIC) {
            value = alphanumeric(octets, octets.length * 8 / 7);
        } else {
            // The count is not given in digits: a final filler nibble makes it odd.
            boolean odd = octets.length > 0 && (octets[octets.length - 1] & 0xF0) == FILLER << 4;
            value = digits(octets, octets.length * 2 - (odd ? 1 : 0), valueAt, field);
        }
        return Optional.of(new Address(type, typeOfAddress & 0x0F, value));
    }

    /**
     * @param writer where the TP address goes
     * @param address the address
     */
    static void writeAddress(PduWriter writer, Address address) {
        if (address.type() == TypeOfNumber.ALPHANUMERIC) {
            byte[] septets = GsmAlphabet.encode(address.value());
            writer.octet((septets.length * 7 + 3) / 4)
                    .octet(address.typeOfAddress())
                    .octets(Gsm7Packing.pack(septets, 0));
        } else {
            writer.octet(address.value().length())
                    .octet(address.typeOfAddress())
                    .octets(semiOctets(address.value()));
        }
    }

    /**
     * @param writer where the SMSC field goes
     * @param serviceCentre the SMSC, or empty for a single {@code 00} (the modem's own SMSC)
     */
    static void writeServiceCentre(PduWriter writer, Optional<Address> serviceCentre) {
        if (serviceCentre.isEmpty()) {
            writer.octet(0);
            return;
        }
        Address address = serviceCentre.get();
        byte[] value = address.type() == TypeOfNumber.ALPHANUMERIC
                ? Gsm7Packing.pack(GsmAlphabet.encode(address.value()), 0)
                : semiOctets(address.value());
        writer.octet(1 + value.length).octet(address.typeOfAddress()).octets(value);
    }

    private static String digits(byte[] octets, int count, int valueAt, String field) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            int octet = octets[i / 2] & 0xFF;
            int nibble = i % 2 == 0 ? octet & 0x0F : octet >>> 4;
            if (nibble == FILLER) {
                throw MalformedPduException.at(valueAt + i / 2, String.format(
                        "%s digit %d is the filler semi-octet F, which may only pad the last octet",
                        field, i + 1));
            }
            digits.append(SYMBOLS.charAt(nibble));
        }
        return digits.toString();
    }

    private static String alphanumeric(byte[] octets, int septets) {
        return GsmAlphabet.decode(Gsm7Packing.unpack(octets, septets, 0));
    }

    private static byte[] semiOctets(String digits) {
        byte[] octets = new byte[(digits.length() + 1) / 2];
        for (int i = 0; i < octets.length; i++) {
            int low = SYMBOLS.indexOf(digits.charAt(2 * i));
            int high = 2 * i + 1 < digits.length() ? SYMBOLS.indexOf(digits.charAt(2 * i + 1)) : FILLER;
            octets[i] = (byte) (high << 4 | low);
        }
        return octets;
    }
}
