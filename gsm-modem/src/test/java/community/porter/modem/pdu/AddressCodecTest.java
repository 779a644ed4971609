package community.porter.modem.pdu;

import static community.porter.modem.pdu.TestHex.reader;
import static community.porter.modem.pdu.TestHex.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressCodecTest {

    @Test
    void internationalNumberWithAnOddDigitCountEndsWithTheFillerNibble() {
        // "SMS messages and the PDU format" (dreamfabric): 46708251358 is 0B 91 6407281553F8.
        Address address = AddressCodec.readAddress(reader("0B 91 64 07 28 15 53 F8"), "TP-DA");

        assertThat(address).isEqualTo(Address.international("46708251358"));
        assertThat(address.displayValue()).isEqualTo("+46708251358");
        assertThat(written(w -> AddressCodec.writeAddress(w, address))).isEqualTo("0B916407281553F8");
    }

    @Test
    void unknownTypeNumberWithAnEvenDigitCountHasNoFiller() {
        // Same source: in unknown format the number is 0708251358, octets 7080523185, length 0A.
        Address address = AddressCodec.readAddress(reader("0A 81 70 80 52 31 85"), "TP-DA");

        assertThat(address).isEqualTo(Address.unknown("0708251358"));
        assertThat(address.displayValue()).isEqualTo("0708251358");
        assertThat(written(w -> AddressCodec.writeAddress(w, address))).isEqualTo("0A817080523185");
    }

    @Test
    void alphanumericSenderIsGsmSevenBitTextCountedInSemiOctets() {
        // Stack Overflow 40373979: the sender "etisalat" arrives as 0E D0 657A7A1E6687E9.
        Address address = AddressCodec.readAddress(reader("0E D0 65 7A 7A 1E 66 87 E9"), "TP-OA");

        assertThat(address).isEqualTo(Address.alphanumeric("etisalat"));
        assertThat(written(w -> AddressCodec.writeAddress(w, address))).isEqualTo("0ED0657A7A1E6687E9");
    }

    @Test
    void shortCodeStaysDigitsWhileAnOperatorNameIsAlphanumeric() {
        Address shortCode = Address.parse("10086");
        Address name = Address.parse("ChinaMobile");

        assertThat(shortCode.type()).isEqualTo(TypeOfNumber.UNKNOWN);
        assertThat(written(w -> AddressCodec.writeAddress(w, shortCode))).isEqualTo("05810180F6");
        assertThat(name.type()).isEqualTo(TypeOfNumber.ALPHANUMERIC);
        // 11 septets are 77 bits: ten octets, the last semi-octet holding one used bit, so 20.
        String nameField = written(w -> AddressCodec.writeAddress(w, name));
        assertThat(nameField).startsWith("14D0").hasSize(2 * (2 + 10));
        assertThat(AddressCodec.readAddress(reader(nameField), "TP-OA")).isEqualTo(name);
        assertThat(AddressCodec.readAddress(reader("05 81 01 80 F6"), "TP-OA")).isEqualTo(shortCode);
    }

    @ParameterizedTest(name = "alphanumeric \"{0}\" reads back without a stray character")
    @CsvSource({"A", "AB", "ABC", "ABCD", "ABCDE", "ABCDEF", "ABCDEFG", "ABCDEFGH", "Porter{}", "ABCDEFGHIJK"})
    void alphanumericAddressesOfEveryLengthReadBackExactly(String name) {
        Address address = Address.alphanumeric(name);
        String field = written(w -> AddressCodec.writeAddress(w, address));

        assertThat(AddressCodec.readAddress(reader(field), "TP-OA")).isEqualTo(address);
    }

    @Test
    void semiOctetSymbolsStarHashAndABCAreDigitsToo() {
        Address address = Address.unknown("*#abc12");
        String field = written(w -> AddressCodec.writeAddress(w, address));

        // Pairs low nibble first: (* #) BA, (a b) DC, (c 1) 1E, (2 filler) F2.
        assertThat(field).isEqualTo("0781BADC1EF2");
        assertThat(AddressCodec.readAddress(reader(field), "TP-DA")).isEqualTo(address);
    }

    @Test
    void fillerNibbleInsideTheDigitsIsRejectedWithItsOctet() {
        assertThatThrownBy(() -> AddressCodec.readAddress(reader("0B 91 64 F7 28 15 53 F8"), "TP-OA"))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("TP-OA digit 4")
                .hasMessageContaining("filler semi-octet F")
                .hasMessageEndingWith("(at octet 3)");
    }

    @Test
    void addressLongerThanTwentyDigitsIsRejected() {
        assertThatThrownBy(() -> AddressCodec.readAddress(reader("15 91 00"), "TP-OA"))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("TP-OA length 21 is over the 20 semi-octets")
                .hasMessageEndingWith("(at octet 0)");
    }

    @Test
    void addressRunningPastTheEndIsRejected() {
        assertThatThrownBy(() -> AddressCodec.readAddress(reader("0B 91 64 07 28"), "TP-DA"))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("TP-DA value (11 semi-octets) needs 6 octets, only 3 left");
    }

    @Test
    void serviceCentreFieldCountsOctetsWithTheTypeOfAddress() {
        // dreamfabric: 07 91 7283010010F5 is +27381000015.
        Optional<Address> smsc = AddressCodec.readServiceCentre(reader("07 91 72 83 01 00 10 F5"));

        assertThat(smsc).contains(Address.international("27381000015"));
        assertThat(written(w -> AddressCodec.writeServiceCentre(w, smsc))).isEqualTo("07917283010010F5");
    }

    @Test
    void nationalServiceCentreWithAnEvenDigitCount() {
        // Huawei MU509 AT manual: SMSC 13902900 as 05 A1 31099200.
        Optional<Address> smsc = AddressCodec.readServiceCentre(reader("05 A1 31 09 92 00"));

        assertThat(smsc).contains(new Address(TypeOfNumber.NATIONAL, Address.PLAN_ISDN, "13902900"));
        assertThat(written(w -> AddressCodec.writeServiceCentre(w, smsc))).isEqualTo("05A131099200");
    }

    @Test
    void serviceCentreLengthZeroMeansTheModemsOwn() {
        assertThat(AddressCodec.readServiceCentre(reader("00 11"))).isEmpty();
        assertThat(written(w -> AddressCodec.writeServiceCentre(w, Optional.empty()))).isEqualTo("00");
    }

    @Test
    void serviceCentreFieldTooLongOrWithABadSemiOctetIsRejected() {
        assertThatThrownBy(() -> AddressCodec.readServiceCentre(reader("0C 91 00 00 00 00 00 00 00 00 00 00 00")))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("SMSC address length 12 is over the 11 octets");
        assertThatThrownBy(() -> AddressCodec.readServiceCentre(reader("07 91 72 F3 01 00 10 F5")))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("SMSC address digit 4")
                .hasMessageEndingWith("(at octet 3)");
    }

    @Test
    void addressValuesThatDoNotFitTheirTypeAreRefused() {
        assertThatThrownBy(() -> Address.unknown("123-456")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Address.international("123456789012345678901"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Address.alphanumeric("TwelveChars!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Address.alphanumeric("中国移动")).isInstanceOf(IllegalArgumentException.class);
    }
}
