/**
 * The one SMS text codec that both transports use: the SMPP connector (Cloudhopper) and the GSM
 * modems in PDU mode.
 *
 * <p>It knows how text becomes user data and back, and nothing about PDUs, sessions or Camel:
 * <ul>
 *   <li>{@link community.porter.sms.codec.GsmAlphabet} maps text to GSM 7-bit septets (3GPP TS
 *       23.038 default alphabet and its extension table), one septet per byte;
 *       {@link community.porter.sms.codec.Gsm7Packing} packs septets eight to seven octets, as a
 *       modem PDU carries them (SMPP carries them unpacked);</li>
 *   <li>{@link community.porter.sms.codec.Ucs2} is UTF-16BE with surrogate pairs, as phones send
 *       Chinese text and emoji;</li>
 *   <li>{@link community.porter.sms.codec.SmsTextCodec} is the facade that picks and applies an
 *       {@link community.porter.sms.codec.Alphabet};</li>
 *   <li>{@link community.porter.sms.codec.Segmenter} splits a long text into parts with
 *       concatenation headers built by {@link community.porter.sms.codec.UserDataHeader}, and
 *       {@link community.porter.sms.codec.ConcatenationBuffer} puts incoming parts back
 *       together.</li>
 * </ul>
 *
 * <p>Bad input is reported with unchecked exceptions that extend
 * {@link community.porter.sms.codec.SmsCodecException} (itself an
 * {@link java.lang.IllegalArgumentException}), so a transport can turn any of them into a
 * recorded rejection of that one message.
 */
package community.porter.sms.codec;
