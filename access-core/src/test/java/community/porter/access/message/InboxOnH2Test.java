package community.porter.access.message;

/** The inbox on H2 in MySQL mode, the embedded default (see application.properties). */
class InboxOnH2Test extends InboxContractTest {
}
