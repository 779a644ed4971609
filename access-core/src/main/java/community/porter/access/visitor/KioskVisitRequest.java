package community.porter.access.visitor;

/**
 * A visitor's request typed at a kiosk by the gate (REST API or the {@code porter.visitor.requests}
 * queue), as it arrived: {@link KioskVisitRequests} checks it.
 *
 * @param kiosk        which kiosk asked: letters, digits, {@code -} and {@code _}
 * @param requestRef   the kiosk's own id of the request; the same reference again is the same
 *                     request (a retry), not a second one
 * @param visitorPhone the visitor's mobile number, where the pass code will be sent
 * @param visitorName  the name the visitor gave, shown to the residents asked
 * @param type         {@code KD}, {@code WM}, {@code WX}, {@code SS} or {@code FK}; {@code null}
 *                     when the visitor chose none
 * @param room         the room to visit as people write it, {@code 3-1-201}
 */
public record KioskVisitRequest(String kiosk, String requestRef, String visitorPhone, String visitorName,
        String type, String room) {
}
