import CaseDomain
import CaseStore

/// The import transaction of a store that does not exist yet: it holds nothing, and every write is refused.
/// An import into a new store is checked against it first, so a file with problems (or a dry run) never
/// leaves an empty store behind; cases repeated across the import's own files are caught by the import's
/// `ImportRegistry`, as in any dry run.
final class NothingStored: ImportTransaction {
    /// Where the store would be: what a refused write names.
    let location: String

    init(location: String) { self.location = location }

    var isWriting: Bool { false }
    var result: BulkResult { BulkResult(inserted: 0, replaced: 0) }
    func contains(matter: String) throws -> Bool { false }
    func storedCase(matter: String) throws -> StoredCase? { nil }
    func matter(holding number: ANumber) throws -> String? { nil }
    func matter(ofCase id: CaseID) throws -> String? { nil }

    func insert(_ file: CaseFile, source: BulkSource) throws {
        throw StoreError.readOnly(path: location)
    }

    func apply(_ edits: [CaseEdit], to id: CaseID, source: BulkSource) throws {
        throw StoreError.readOnly(path: location)
    }
}
