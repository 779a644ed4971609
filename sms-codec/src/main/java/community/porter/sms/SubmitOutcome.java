package community.porter.sms;

import java.util.List;

/**
 * What a transport did with an {@link OutboundSms}: the identity it got for each part, in order.
 *
 * @param connector  name of the connection or modem that accepted the parts
 * @param partIds    the SMSC message id (or modem message reference) of each part
 */
public record SubmitOutcome(String connector, List<String> partIds) {

    public SubmitOutcome {
        partIds = List.copyOf(partIds);
    }
}
