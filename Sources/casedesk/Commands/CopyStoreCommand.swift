import ArgumentParser
import CaseDomain
import CaseFormats
import CaseStore
import Crypto

/// `casedesk copy-store FROM TO`: the whole store (cases, audit trail, settings, staff, review marks) into a
/// new, empty store, on the same backend or another; verified before it reports success.
struct CopyStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy-store",
        abstract: "Copy a whole store, audit trail included, into a new empty store (another backend too).",
        discussion: """
            FROM and TO are store locations as --db takes them (a file path, or a postgresql:// URL). TO must \
            not hold anything yet: a file store is created (mode 0600); a database store must have been made \
            with casedesk init-store. The copy is one transaction on TO: all of it or nothing. Its audit \
            trail is the original's row for row, so its hash chain and head hash are the same; one more row \
            records where it came from, and the original records the copy as data taken out.

            The copy is verified before casedesk reports it: TO's integrity check passes, and TO exports to \
            exactly the bytes that the original's cases gave when they were read.

            Examples:
              casedesk copy-store /srv/casedesk/firm.sqlite postgresql://casedesk@db.office/casedesk
              casedesk copy-store postgresql://casedesk@db.office/casedesk /secure/firm-copy.sqlite
            """)

    @Argument(help: ArgumentHelp("The store to copy.", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("The new store to fill (must be empty).", valueName: "to"))
    var to: String

    func validate() throws {
        if from.isEmpty || to.isEmpty { throw ValidationError("copy-store: a store location is empty") }
        if StoreLocation.expand(from) == StoreLocation.expand(to) {
            throw ValidationError("copy-store: FROM and TO are the same store")
        }
    }

    func run() throws {
        let fromPath = StoreLocation.expand(from), toPath = StoreLocation.expand(to)
        guard CaseStores.exists(at: fromPath) else { throw CLIError("no store at \(TextSafety.display(fromPath))") }
        let source = try CaseStores.open(location: fromPath)
        let createdHere = !CaseStores.exists(at: toPath)
        let target: any CaseRepository
        do {
            target = try CaseStores.open(location: toPath, create: true)
        } catch StoreError.noStore(let path) {
            throw CLIError("no store at \(TextSafety.display(path)); create it first (casedesk init-store)")
        }
        guard let reading = source as? any StoreCopying, let receiving = target as? any StoreCopying else {
            throw CLIError("copy-store: one of these stores cannot be copied by this casedesk")
        }
        try source.recordDataOut(.storeCopy(cases: try source.caseCount()), destination: StoreLocation.redacted(toPath))
        let copied = CopyTally(label: "copy-store")
        do {
            try receiving.receiveWhole(origin: StoreLocation.redacted(fromPath)) { sink in
                try reading.readWhole(into: copied.forwarding(to: sink))
            }
            try Self.verify(target, expected: try copied.exportDigest(), auditRows: copied.auditRows + 1)
        } catch {
            copied.finishProgress()
            if createdHere { StoreLocation.removeNewFileStore(at: toPath) }
            throw error
        }
        copied.finishProgress()
        Streams.err("copy-store: copied \(copied.cases) cases and \(copied.auditRows) audit rows (chain head "
            + "\(copied.sourceHead), as in the original) to \(TextSafety.display(StoreLocation.redacted(toPath))); verified\n")
    }

    /// TO passes its integrity check, holds the copied trail plus its own row, and exports to the bytes the
    /// source's cases gave.
    static func verify(_ target: any CaseRepository, expected: String, auditRows: Int) throws {
        let report = try target.integrityCheck()
        guard report.auditRows == auditRows else {
            throw CLIError("copy-store: the copy holds \(report.auditRows) audit rows, \(auditRows) were expected")
        }
        let digest = ExportDigest()
        try target.forEachCase { try digest.add($0.file) }
        guard try digest.finish() == expected else {
            throw CLIError("copy-store: the copy does not export to the same bytes as the original")
        }
    }
}

/// The SHA-256 of a `casedesk/2` export, computed as the cases pass (nothing is written anywhere).
final class ExportDigest {
    private var hasher = SHA256()
    private lazy var writer = CaseJSONWriter { [unowned self] bytes in self.hasher.update(data: bytes) }

    func add(_ file: CaseFile) throws { try writer.write(file) }

    func finish() throws -> String {
        try writer.finish()
        return hasher.finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}

/// Counts what passes from the source to the copy, shows progress, and digests the cases' export.
final class CopyTally {
    private(set) var cases = 0
    private(set) var auditRows = 0
    /// The audit chain's head as the original announced it.
    private(set) var sourceHead = ""
    private var total = 0
    private var progress: ProgressBar
    private let digest = ExportDigest()

    init(label: String) { progress = ProgressBar(label: label, total: 0) }

    func forwarding(to sink: any StoreCopySink) -> any StoreCopySink { Forwarder(tally: self, sink: sink) }

    func exportDigest() throws -> String { try digest.finish() }

    func finishProgress() {
        progress.update(cases)
        progress.finish()
    }

    private final class Forwarder: StoreCopySink {
        let tally: CopyTally
        let sink: any StoreCopySink

        init(tally: CopyTally, sink: any StoreCopySink) {
            self.tally = tally
            self.sink = sink
        }

        func receive(_ head: StoreCopyHead) throws {
            tally.progress = ProgressBar(label: "copy-store", total: head.caseCount)
            tally.sourceHead = head.auditHead
            try sink.receive(head)
        }

        func receive(_ copied: CopiedCase) throws {
            try sink.receive(copied)
            try tally.digest.add(copied.stored.file)
            tally.cases += 1
            if tally.cases % 1000 == 0 { tally.progress.update(tally.cases) }
        }

        func receive(_ row: ChainedAuditRow) throws {
            try sink.receive(row)
            tally.auditRows += 1
        }
    }
}
