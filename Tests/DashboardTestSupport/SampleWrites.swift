import CaseDomain
import Dashboard
import Foundation

/// What the sample data source has written: each case's version, the cases created and deleted, and
/// every write in order (who, what, at which version), so tests can check both edits reached the store.
/// A test plays another user with `theirEdit`, and a busy store with `busyWrites`.
public final class SampleWrites: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [CaseID: VersionedCase] = [:]
    private var deleted: Set<CaseID> = []
    private var created: [CaseID] = []
    /// Every write made, in order: (case, edit names, the version it made).
    public private(set) var log: [(caseID: CaseID, edits: [String], version: Int)] = []
    /// The next this many writes meet a busy store.
    public var busyWrites = 0

    public init() {}

    func current(_ id: CaseID, original: CaseFile?) -> VersionedCase? {
        lock.withLock {
            if deleted.contains(id) { return nil }
            if let found = stored[id] { return found }
            return original.map { VersionedCase(file: CaseIdentity.identified($0), version: 1) }
        }
    }

    /// Applies edits as the store does: at the expected version, through `CaseEditor`, one version more.
    func apply(_ edits: [CaseEdit], to id: CaseID, expectedVersion: Int, original: CaseFile?, user: String) throws -> CaseSaveOutcome {
        try lock.withLock {
            if busyWrites > 0 {
                busyWrites -= 1
                throw DashboardWriteError.busy("The store is busy (another user is writing): nothing was saved; try again")
            }
            guard !deleted.contains(id), let now = stored[id] ?? original.map({ VersionedCase(file: CaseIdentity.identified($0), version: 1) }) else {
                throw DashboardWriteError.refused("Not saved: no such case")
            }
            guard now.version == expectedVersion else { return .conflict(theirs: now.file, version: now.version) }
            do {
                let file = try CaseEditor.apply(edits, to: now.file, context: EditContext(user: user, newVersion: now.version + 1))
                stored[id] = VersionedCase(file: file, version: now.version + 1)
                log.append((id, edits.map(\.name), now.version + 1))
                return .saved(version: now.version + 1)
            } catch {
                throw DashboardWriteError.refused("Not saved: " + String(describing: error))
            }
        }
    }

    func create(_ file: CaseFile) throws -> CaseID {
        try lock.withLock {
            if busyWrites > 0 {
                busyWrites -= 1
                throw DashboardWriteError.busy("The store is busy (another user is writing): nothing was saved; try again")
            }
            let id = CaseIdentity.derivedCaseID(matter: file.matter)
            guard stored[id] == nil else { throw DashboardWriteError.refused("Not saved: a case \(file.matter) already exists") }
            var identified = file
            identified.id = id
            do {
                let checked = try CaseEditor.checked(CaseIdentity.identified(identified))
                stored[id] = VersionedCase(file: checked, version: 1)
                created.append(id)
                log.append((id, ["create-case"], 1))
                return id
            } catch {
                throw DashboardWriteError.refused("Not saved: " + String(describing: error))
            }
        }
    }

    func delete(_ id: CaseID, expectedVersion: Int) throws {
        try lock.withLock {
            if let now = stored[id], now.version != expectedVersion {
                throw DashboardWriteError.refused("Not deleted: someone else changed the case")
            }
            deleted.insert(id)
            log.append((id, ["delete-case"], expectedVersion + 1))
        }
    }

    /// The stored cases written so far (created or edited), by id.
    public func file(_ id: CaseID) -> CaseFile? { lock.withLock { stored[id]?.file } }

    public func version(_ id: CaseID) -> Int? { lock.withLock { stored[id]?.version } }

    public func isDeleted(_ id: CaseID) -> Bool { lock.withLock { deleted.contains(id) } }

    /// The list rows of the cases created through the source.
    func createdRows(today: CivilDate) -> [CaseRow] {
        let files = lock.withLock { created.compactMap { deleted.contains($0) ? nil : stored[$0]?.file } }
        return files.map { CaseRow(summary: CaseSummary(file: $0, lastChange: today, today: today, engine: DeadlineEngine())) }
    }
}

extension SampleDataSource {
    public func loadVersionedCase(id: CaseID) throws -> VersionedCase? {
        writes.current(id, original: files.first { SampleCases.id(of: $0) == id })
    }

    public func save(_ edits: [CaseEdit], to id: CaseID, expectedVersion: Int) throws -> CaseSaveOutcome {
        try writes.apply(edits, to: id, expectedVersion: expectedVersion, original: files.first { SampleCases.id(of: $0) == id },
                         user: user)
    }

    public func create(_ file: CaseFile) throws -> CaseID { try writes.create(file) }

    public func deleteCase(id: CaseID, expectedVersion: Int) throws { try writes.delete(id, expectedVersion: expectedVersion) }

    /// Samples with the same A-number, or the same name and birth date.
    public func possibleDuplicates(of file: CaseFile) throws -> [PossibleDuplicate] {
        files.compactMap { other in
            let id = SampleCases.id(of: other)
            guard id != file.id else { return nil }
            if let number = file.client.aNumber, number == other.client.aNumber {
                return PossibleDuplicate(caseID: id, matter: other.matter, clientName: other.client.name, reason: .sameANumber)
            }
            if let born = file.client.birthDate, born == other.client.birthDate,
               file.client.name.lowercased() == other.client.name.lowercased() {
                return PossibleDuplicate(caseID: id, matter: other.matter, clientName: other.client.name, reason: .sameNameAndBirthDate)
            }
            return nil
        }
    }

    /// Another user's save of a sample, made straight in the store.
    public func theirEdit(_ edits: [CaseEdit], to matter: String) throws {
        let id = SampleCases.id(matter)
        let now = try loadVersionedCase(id: id)?.version ?? 1
        _ = try writes.apply(edits, to: id, expectedVersion: now, original: files.first { $0.matter == matter }, user: "other")
    }
}
