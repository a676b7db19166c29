/// What a passed integrity check found: how long the audit trail is and the hash at its head.
///
/// The head hash pins the whole trail: kept elsewhere (printed, in a backup's manifest), it shows later that
/// no row up to it was rewritten, since a rewritten chain ends in another hash (docs/formats.md).
public struct IntegrityReport: Hashable, Sendable {
    /// The audit rows checked, every one in the chain.
    public var auditRows: Int
    /// The newest row's hash, 64 hex digits (`AuditChain.genesis` for an empty trail).
    public var headHash: String

    public init(auditRows: Int, headHash: String) {
        self.auditRows = auditRows
        self.headHash = headHash
    }
}
