package community.porter.access.message;

/** The message log on H2 in MySQL mode, the embedded default. */
class MessageLogOnH2Test extends MessageLogContractTest {
}
