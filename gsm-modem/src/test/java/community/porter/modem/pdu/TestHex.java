package community.porter.modem.pdu;

import java.util.HexFormat;
import java.util.function.Consumer;

/** Hex fixtures for tests: {@code octets("0B 91 64")}, spaces allowed. */
final class TestHex {

    private TestHex() {
    }

    static byte[] octets(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    static String hex(byte[] octets) {
        return HexFormat.of().withUpperCase().formatHex(octets);
    }

    /** A reader over the given octets, from the first. */
    static PduReader reader(String spaced) {
        return new PduReader(octets(spaced), 0);
    }

    /** What a write to a fresh writer produced, as upper-case hex without spaces. */
    static String written(Consumer<PduWriter> write) {
        PduWriter writer = new PduWriter();
        write.accept(writer);
        return hex(writer.toByteArray());
    }
}
