package community.porter.sms.codec;

/**
 * A long message put back together by a {@link ConcatenationBuffer}, or what came of it before
 * its time ran out.
 *
 * @param key           the key its parts were added under (e.g. {@code connector|sender})
 * @param reference     the concatenation reference of its parts
 * @param text          the parts' texts joined in sequence order; missing parts left out
 * @param incomplete    true when some parts never came (timed out, or pushed out because the
 *                      buffer was full)
 * @param partsReceived how many distinct parts came
 * @param total         how many parts the message has
 */
public record Reassembled(String key, int reference, String text, boolean incomplete, int partsReceived, int total) {
}
