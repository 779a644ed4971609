package community.porter.access.visitor;

import java.util.List;

/**
 * The result of a visit request.
 *
 * @param outcome           what it came to
 * @param request           the stored request when {@link DeskOutcome#DONE}, else {@code null}
 * @param approvers         the phones (E.164) to send the approval SMS to when done
 * @param approversAreStaff true when the room has no resident and the staff on duty were asked
 */
public record VisitRequested(DeskOutcome outcome, VisitorRequest request, List<String> approvers,
        boolean approversAreStaff) {

    public VisitRequested {
        approvers = List.copyOf(approvers);
    }

    static VisitRequested not(DeskOutcome outcome) {
        return new VisitRequested(outcome, null, List.of(), false);
    }
}
