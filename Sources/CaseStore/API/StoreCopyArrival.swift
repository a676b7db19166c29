/// The checks every backend's copy receiver makes as the parts of a copy arrive (`StoreCopying`): the head
/// once and first, the cases before the audit trail, the trail against its own hash chain, and at the end
/// the counts and the chain head the source announced. Backend-free, so both receivers refuse alike.
struct StoreCopyArrival {
    /// The receiving store, as its errors name it.
    let location: String
    private(set) var head: StoreCopyHead?
    private var cases = 0
    private var chain = AuditChainVerifier()
    private var auditStarted = false

    init(location: String) { self.location = location }

    /// Before the head's parts are written.
    func checkHead() throws {
        guard head == nil else { throw mismatch("the store's settings arrived twice") }
    }

    /// Once the head's parts are written.
    mutating func received(_ head: StoreCopyHead) { self.head = head }

    mutating func caseArrives() throws {
        guard head != nil else { throw mismatch("a case arrived before the store's settings") }
        guard !auditStarted else { throw mismatch("a case arrived after the audit trail") }
        cases += 1
    }

    mutating func auditRowArrives(_ row: ChainedAuditRow) throws {
        guard head != nil else { throw mismatch("an audit row arrived before the store's settings") }
        auditStarted = true
        if let problem = chain.check(row.record, prevHash: row.prevHash, hash: row.hash) {
            throw mismatch("the source's \(problem); run casedesk check on it")
        }
    }

    /// The head, once every part it announced has arrived, and the chain's head as the rows gave it.
    func complete() throws -> (head: StoreCopyHead, chainHead: String) {
        guard let head else { throw mismatch("nothing arrived") }
        if cases != head.caseCount { throw mismatch("\(cases) cases arrived, the source holds \(head.caseCount)") }
        if chain.rows != head.auditRows {
            throw mismatch("\(chain.rows) audit rows arrived, the source holds \(head.auditRows)")
        }
        if chain.head != head.auditHead { throw mismatch("the audit chain's head differs from the source's") }
        return (head, chain.head)
    }

    func mismatch(_ detail: String) -> StoreError {
        StoreError.copyMismatch(path: location, detail: detail)
    }
}
