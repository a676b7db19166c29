/// The version of casedesk: `casedesk --version` prints it and the man page carries it. 0.x while the
/// command line and the formats may still change between releases.
enum CaseDeskVersion {
    static let current = "0.1.0"
}
