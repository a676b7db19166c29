import CaseDomain

/// Everything that can go wrong with the store, worded for the person who asked.
///
/// Messages name the store's path or the field concerned and may quote the one offending value, never any
/// other client data (docs/formats.md).
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No file at the path and creation was not asked for (the CLI adds "add --create to make one").
    case noStore(path: String)
    /// The file or its folder cannot be opened, read or created (permissions, missing folder, …).
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// An SQLite database, but not a casedesk store.
    case notACaseStore(path: String)
    /// Written by a newer casedesk; this one does not know its schema.
    case newerSchema(path: String)
    /// The store needs an upgrade that a read-only opening cannot make.
    case needsUpgrade(path: String)
    /// The store was opened read-only (the kiosk); the write was refused.
    case readOnly(path: String)
    /// Another user changed the case since it was loaded; nothing was written.
    case conflict(matter: String, expectedVersion: Int, currentVersion: Int)
    case caseNotFound(matter: String)
    /// No case with this stable id (it was removed, or the id is from another store).
    case noCase(id: String)
    case duplicateMatter(matter: String)
    /// A case with this id is already in the store (under another matter number).
    case duplicateCaseID(id: String, matter: String)
    case duplicateANumber(aNumber: String)
    /// A field's value may not be stored (`field` is a path such as `client.name` or `events[2].notes`).
    case invalidField(matter: String, field: String, problem: String)
    case invalidSetting(key: String, problem: String)
    case unknownStaff(login: String)
    case duplicateStaff(login: String)
    case invalidStaff(login: String, problem: String)
    /// Another process held the store longer than the busy timeout; nothing was written.
    case busy(path: String)
    /// The access policy refused the write (the reason names the account and what it may do); the refusal
    /// is in the audit trail and nothing else was written.
    case notPermitted(String)
    /// `restore(fromAudit:)` cannot use this audit row (it names no case, or no case was there before it).
    case cannotRestore(entry: Int64, reason: String)
    /// The file is damaged: the integrity check or SQLite itself found corruption.
    case damaged(path: String, detail: String)
    /// File modes could not be applied.
    case permissions(path: String, reason: String)
    /// This backend cannot do what was asked (a capability it does not have).
    case unsupported(path: String, what: String)
    /// Any other failure of the backend, in its own words (which never hold values).
    case failed(path: String, message: String)
    /// A backup could not be written to `destination` (named as the user gave it); nothing was left there.
    case backupFailed(destination: String, reason: String)
    /// A copy's destination already holds something (`what`: "42 cases", "a staff directory"); nothing was
    /// written.
    case notEmpty(path: String, what: String)
    /// What a copy received does not match what its source announced (a count or the audit chain's head);
    /// nothing was written.
    case copyMismatch(path: String, detail: String)

    public var description: String {
        switch self {
        case .noStore(let path):
            "no store at \(TextSafety.display(path))"
        case .cannotOpen(let path, let reason):
            "cannot open the store \(TextSafety.display(path)): \(reason)"
        case .notADatabase(let path):
            "\(TextSafety.display(path)) is not a casedesk store (not an SQLite database)"
        case .notACaseStore(let path) where PostgresLocation.isServerURL(path):
            "the database \(TextSafety.display(path)) holds other tables and is not a casedesk store; "
                + "give casedesk a database of its own"
        case .notACaseStore(let path):
            "\(TextSafety.display(path)) is an SQLite database but not a casedesk store"
        case .newerSchema(let path):
            "the store \(TextSafety.display(path)) was written by a newer casedesk; upgrade casedesk to open it"
        case .needsUpgrade(let path):
            "the store \(TextSafety.display(path)) needs an upgrade; open it once without read-only mode"
        case .readOnly(let path):
            "the store \(TextSafety.display(path)) is open read-only; nothing was changed"
        case .conflict(let matter, let expected, let current):
            "case \(TextSafety.quoted(matter)) was changed by someone else (version \(current), "
                + "this edit was based on version \(expected)); nothing was written"
        case .caseNotFound(let matter):
            "no case \(TextSafety.quoted(matter)) in the store"
        case .noCase(let id):
            "no case with id \(TextSafety.quoted(id)) in the store"
        case .duplicateCaseID(let id, let matter):
            "the case id \(TextSafety.quoted(id)) already belongs to case \(TextSafety.quoted(matter)) in the store"
        case .duplicateMatter(let matter):
            "a case \(TextSafety.quoted(matter)) already exists"
        case .duplicateANumber(let aNumber):
            "the A-number \(TextSafety.quoted(aNumber)) already belongs to another person in the store"
        case .invalidField(let matter, let field, let problem):
            "case \(TextSafety.quoted(matter)): \(field) \(problem)"
        case .invalidSetting(let key, let problem):
            "setting \(key): \(problem)"
        case .unknownStaff(let login):
            "no staff member \(TextSafety.quoted(login)) in the directory"
        case .duplicateStaff(let login):
            "staff member \(TextSafety.quoted(login)) is already in the directory"
        case .invalidStaff(let login, let problem):
            "staff member \(TextSafety.quoted(login)): \(problem)"
        case .busy(let path):
            "the store \(TextSafety.display(path)) is busy (another user is writing); nothing was saved, try again"
        case .cannotRestore(let entry, let reason):
            "cannot restore from audit row \(entry): \(reason)"
        case .notPermitted(let reason):
            "not permitted: \(TextSafety.display(reason)); nothing was changed"
        case .damaged(let path, let detail):
            "the store \(TextSafety.display(path)) is damaged: \(TextSafety.display(detail)); restore it from a backup"
        case .permissions(let path, let reason):
            "cannot set the permissions of \(TextSafety.display(path)): \(reason)"
        case .unsupported(let path, let what):
            "the store \(TextSafety.display(path)) cannot \(what)"
        case .failed(let path, let message):
            "store \(TextSafety.display(path)): \(TextSafety.display(message))"
        case .backupFailed(let destination, let reason):
            "cannot write the backup \(TextSafety.display(destination)): \(reason); nothing was written there"
        case .notEmpty(let path, let what):
            "the store \(TextSafety.display(path)) is not empty (it holds \(what)); a copy goes only into an empty store"
        case .copyMismatch(let path, let detail):
            "the copy into \(TextSafety.display(path)) did not match its source: \(detail); nothing was written"
        }
    }
}
