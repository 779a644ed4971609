package community.porter.demo.smsc;

import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.tlv.Tlv;
import com.cloudhopper.smpp.type.Address;
import com.cloudhopper.smpp.type.SmppInvalidArgumentException;
import java.util.List;

/**
 * One deliver_sm the simulator owes the ESME: a part of a mobile-originated message or a
 * delivery receipt. Kept as plain data, not as a PDU, because a deliver_sm that must be offered
 * again (its session died, or the ESME refused it for now) is a fresh PDU with a fresh sequence
 * number.
 *
 * @param order        position in the delivery order; a deliver_sm offered again keeps its place
 * @param description  for logs, e.g. {@code MO +8613800000001 part 1/2}
 * @param source       source address
 * @param destination  destination address
 * @param esmClass     esm_class (0x40 when the short message starts with a UDH, 0x04 for a receipt)
 * @param dataCoding   data_coding
 * @param shortMessage the short_message octets; never changed after construction
 * @param tlvs         optional parameters
 */
record PendingDeliver(
        long order,
        String description,
        SmppAddress source,
        SmppAddress destination,
        byte esmClass,
        byte dataCoding,
        byte[] shortMessage,
        List<Tlv> tlvs) {

    PendingDeliver {
        shortMessage = shortMessage.clone();
        tlvs = List.copyOf(tlvs);
    }

    /** A new deliver_sm PDU for one attempt. */
    DeliverSm toPdu() throws SmppInvalidArgumentException {
        DeliverSm pdu = new DeliverSm();
        pdu.setSourceAddress(source.toAddress());
        pdu.setDestAddress(destination.toAddress());
        pdu.setEsmClass(esmClass);
        pdu.setDataCoding(dataCoding);
        pdu.setShortMessage(shortMessage.clone());
        tlvs.forEach(pdu::addOptionalParameter);
        return pdu;
    }

    @Override
    public String toString() {
        return description;
    }

    /** An SMPP address, immutable (Cloudhopper's {@link Address} is not). */
    record SmppAddress(byte ton, byte npi, String digits) {

        static SmppAddress of(Address address) {
            return new SmppAddress(address.getTon(), address.getNpi(),
                    address.getAddress() == null ? "" : address.getAddress());
        }

        Address toAddress() {
            return new Address(ton, npi, digits);
        }
    }
}
