import CaseDomain
import Foundation

/// The PostgreSQL store: the same guarantees as the SQLite store, by PostgreSQL's own means. Every write is
/// one transaction that first locks the audit chain's head row, so writes and their audit rows follow one
/// serial order across every host; versions are checked in the `UPDATE` itself; a commit notifies the
/// other hosts' screens (`LISTEN`/`NOTIFY`). One connection per store, behind a lock: store calls are
/// synchronous and may come from any thread.
final class PostgresCaseStore: CaseRepository, @unchecked Sendable {
    /// The URL as messages show it (no password).
    let location: String
    let isReadOnly: Bool
    let currentUser: String
    let todayOverride: CivilDate?
    private let connection: PQConnection
    private let lock = NSRecursiveLock()
    /// Transactions open on the connection (more than one only when a transaction's body calls the store
    /// again on its own thread: that call joins the open transaction instead of beginning, and committing,
    /// another).
    private var depth = 0
    /// The second connection, made when a screen first asks for descriptors, that listens for every
    /// host's commits.
    let feedListener: PGListener?

    /// The channel every commit notifies.
    static let channel = "casedesk_changes"

    init(location: String, isReadOnly: Bool, todayOverride: CivilDate?, connection: PQConnection,
         listener: PGListener?) {
        self.location = location
        self.isReadOnly = isReadOnly
        self.currentUser = OSAccount.currentLogin()
        self.todayOverride = todayOverride
        self.connection = connection
        self.feedListener = listener
    }

    /// A PostgreSQL store defers backups to the server's tools (`pg_dump`, or the site's PITR).
    var backups: (any StoreBackups)? { nil }

    func today() throws -> CivilDate {
        if let todayOverride { return todayOverride }
        return try read { db in try today(db) }
    }

    func today(_ db: PQConnection) throws -> CivilDate {
        if let todayOverride { return todayOverride }
        return CivilDate.today(inZone: try PGSettings.timeZone(db))
    }

    // MARK: Transactions with errors translated

    /// One read-only transaction on one snapshot (`REPEATABLE READ`): a list and the settings it was
    /// drawn with agree.
    func read<T>(_ body: (PQConnection) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// One write transaction holding the audit chain's head from its start (`SELECT … FOR UPDATE`): another
    /// host's write waits for the commit, then sees this one, as SQLite's immediate transactions do.
    /// Its commit notifies every listening host (`NOTIFY`, delivered at the commit and never before).
    func write<T>(_ body: (PQConnection) throws -> T) throws -> T {
        try writeRollingBack({ true }, body)
    }

    /// A write that commits only when `shouldCommit` answers true after `body` (an import's answer).
    func writeRollingBack<T>(_ shouldCommit: () -> Bool, notifying: Bool = true,
                             _ body: (PQConnection) throws -> T) throws -> T {
        guard !isReadOnly else { throw StoreError.readOnly(path: location) }
        let value = try transaction("BEGIN", commitWhen: shouldCommit) { db in
            try db.execute("SELECT last_id FROM audit_head FOR UPDATE")
            let value = try body(db)
            if notifying { try db.execute("NOTIFY \(Self.channel)") }
            return value
        }
        // Its own notification reaches the listener a moment later: the feed asks at once instead.
        if notifying { feedListener?.forget() }
        return value
    }

    private func transaction<T>(_ begin: String, commitWhen shouldCommit: () -> Bool = { true },
                                _ body: (PQConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if depth > 0 {
            do { return try body(connection) } catch { throw translate(error) }
        }
        depth += 1
        defer {
            depth -= 1
            connection.chainHead = nil
        }
        do {
            try connection.reconnectIfNeeded()
            try connection.execute(begin)
            let value: T
            do {
                value = try body(connection)
                try connection.execute(shouldCommit() ? "COMMIT" : "ROLLBACK")
            } catch {
                if connection.isConnected { _ = try? connection.execute("ROLLBACK") }
                throw error
            }
            return value
        } catch {
            throw translate(error)
        }
    }

    func translate(_ error: any Error) -> any Error {
        PGErrorTranslation.translate(error, location: location)
    }

    /// The access policy (docs/domain.md, Roles), asked inside the write's transaction under the chain's
    /// lock; a refusal writes only its own audit row, in a transaction of its own, as on SQLite.
    func write<T>(_ operation: StoreOperation, subject: String, _ body: (PQConnection) throws -> T) throws -> T {
        var refusal: String?
        let value: T? = try write { db in
            switch AccessPolicy.decide(operation, login: currentUser, staff: try PGStaff.directory(db)) {
            case .allowed: return try body(db)
            case .refused(let reason):
                refusal = reason
                return nil
            }
        }
        if let refusal {
            try recordRefusal(operation, subject: subject, reason: refusal)
            throw StoreError.notPermitted(refusal)
        }
        guard let value else { throw StoreError.failed(path: location, message: "the write ended early") }
        return value
    }

    func recordRefusal(_ operation: StoreOperation, subject: String, reason: String) throws {
        try write { db in
            try PGAudit.append(db, user: currentUser, action: .refusedWrite, subject: subject,
                               detail: "\(operation.rawValue) refused: \(reason)")
        }
    }

    func access() throws -> AccessSummary {
        let staff = try read { db in try PGStaff.directory(db) }
        return AccessSummary(login: currentUser, role: AccessPolicy.role(of: currentUser, in: staff),
                             directoryIsEmpty: staff.isEmpty, rolesApply: AccessPolicy.rolesApply(staff),
                             storeIsReadOnly: isReadOnly)
    }
}

/// libpq's failures worded as `StoreError`s, one line each, naming the store by its URL without password.
enum PGErrorTranslation {
    static func translate(_ error: any Error, location: String) -> any Error {
        if error is StoreError { return error }
        if error is DocumentError { return StoreError.damaged(path: location, detail: "a stored case does not decode") }
        guard let error = error as? PQError else { return error }
        switch error {
        case .connectionLost:
            return StoreError.failed(path: location, message: "the connection to the database server was lost; "
                                     + "nothing was saved, try again when the server is back")
        case .server(let state, let message, _):
            switch state {
            case "40001", "40P01", "55P03":
                return StoreError.busy(path: location)
            case "25006":
                return StoreError.readOnly(path: location)
            case "42501":
                return StoreError.cannotOpen(path: location, reason: "the database role may not do this (\(message)); "
                                             + "ask the administrator for the grants in the README")
            case "53100", "53200", "53300":
                return StoreError.failed(path: location, message: "the database server is out of resources (\(message))")
            default:
                return StoreError.failed(path: location, message: message)
            }
        }
    }
}
