package community.porter.access.visitor;

/**
 * The result of approving or denying a request, or of inviting a visitor directly.
 *
 * @param outcome what it came to
 * @param request the request answered; {@code null} for an invitation or when none was found
 * @param pass    the pass issued when approved or invited, else {@code null}
 */
public record VisitAnswered(DeskOutcome outcome, VisitorRequest request, VisitorPass pass) {

    static VisitAnswered not(DeskOutcome outcome, VisitorRequest request) {
        return new VisitAnswered(outcome, request, null);
    }
}
