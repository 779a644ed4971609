package community.porter.access.visitor;

/**
 * Published (as a Spring application event, inside the transaction) when staff approve or deny a
 * visit request in the console rather than by SMS: there is no command whose replies tell the
 * visitor, so whoever writes the SMS listens for this and sends what {@code TY}/{@code JJ} send.
 *
 * @param request the request, now {@code APPROVED} or {@code DENIED}
 * @param pass    the pass issued when approved; {@code null} when denied
 */
public record VisitDecided(VisitorRequest request, VisitorPass pass) {

    public boolean approved() {
        return pass != null;
    }
}
