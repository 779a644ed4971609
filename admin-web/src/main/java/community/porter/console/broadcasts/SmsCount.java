package community.porter.console.broadcasts;

/**
 * What a broadcast text costs as an SMS, as the composer shows it while one types.
 *
 * @param chars        characters of the text as it will be sent
 * @param parts        SMS parts the transports split it into (0 for an empty text)
 * @param encoding     {@code GSM7} or {@code UCS2}
 * @param maxChars     the longest text a broadcast may have
 * @param maxParts     the most parts a message may take before transports refuse it
 */
public record SmsCount(int chars, int parts, String encoding, int maxChars, int maxParts) {

    /** Longer than a broadcast may be: it would be refused. */
    public boolean tooLong() {
        return chars > maxChars;
    }

    /** More parts than the transports send: recipients would get a failure instead. */
    public boolean tooManyParts() {
        return parts > maxParts;
    }
}
