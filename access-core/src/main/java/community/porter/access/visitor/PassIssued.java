package community.porter.access.visitor;

/**
 * Published (as a Spring application event, inside the transaction) when a visitor pass is
 * issued.
 *
 * @param pass the new pass
 */
public record PassIssued(VisitorPass pass) {
}
