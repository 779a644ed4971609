package community.porter.access.audit;

/** The audit log search on H2 in MySQL mode, the embedded default. */
class AuditSearchOnH2Test extends AuditSearchContractTest {
}
