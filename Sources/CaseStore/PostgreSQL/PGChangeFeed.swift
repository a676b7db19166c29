import CaseDomain
import Foundation

/// The listening side of the change feed: a second connection that `LISTEN`s on the store's channel, so
/// a commit on any host wakes every open screen at once, and a screen's regular question "what changed?"
/// is answered without a query while nothing was notified.
final class PGListener: @unchecked Sendable {
    private let url: String
    private let location: String
    private let lock = NSLock()
    private var connection: PQConnection?
    /// The token last answered while listening: nothing notified since means nothing changed since.
    private var quietToken: Int64?

    init(url: String, location: String) {
        self.url = url
        self.location = location
    }

    /// The socket to wake on, connecting (again) when needed; nil when the server cannot be reached.
    func descriptor() -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        return listening()?.socket
    }

    private func listening() -> PQConnection? {
        if let connection, connection.isConnected { return connection }
        connection = nil
        quietToken = nil
        guard let made = try? PQConnection(url: url, location: location),
              (try? made.execute("LISTEN \(PostgresCaseStore.channel)")) != nil else { return nil }
        connection = made
        return made
    }

    /// Whether a query is needed to answer "what changed after `token`": false only when the connection
    /// listened all along, nothing was notified, and `token` is the one last answered.
    func mustAsk(since token: Int64) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let connection = listening() else { return true }
        let notified = !connection.takeNotifications().isEmpty
        guard connection.isConnected else {
            self.connection = nil
            return true
        }
        return notified || quietToken != token
    }

    /// This process committed: the next question is answered by a query, whatever arrived.
    func forget() {
        lock.lock()
        defer { lock.unlock() }
        quietToken = nil
    }

    /// Records the token answered after a query.
    func answered(_ token: Int64) {
        lock.lock()
        defer { lock.unlock() }
        quietToken = connection == nil ? nil : token
    }
}

extension PostgresCaseStore {
    /// The chain's head: every change appends an audit row (a digest refresh writes none).
    func changeToken() throws -> ChangeToken {
        try read { db in ChangeToken(rawValue: try db.execute("SELECT last_id FROM audit_head").first?.int64("last_id") ?? 0) }
    }

    func changes(since token: ChangeToken) throws -> StoreChanges {
        if let listener = feedListener, !listener.mustAsk(since: token.rawValue) { return StoreChanges(token: token) }
        let changes = try read { db in
            var changes = StoreChanges(token: token)
            for row in try db.execute("SELECT id, action, case_uid FROM audit WHERE id > $1 ORDER BY id",
                                      [String(token.rawValue)]) {
                changes.token = ChangeToken(rawValue: try row.int64("id"))
                switch AuditAction(rawValue: try row.text("action"))?.changeKind {
                case .cases, nil: if let uid = row.optional("case_uid"), let id = CaseID(uid) { changes.cases.insert(id) }
                case .settings: changes.settingsChanged = true
                case .staff: changes.staffChanged = true
                case .marks: changes.marksChanged = true
                case .dataOut, .refusal: break
                }
            }
            return changes
        }
        feedListener?.answered(changes.token.rawValue)
        return changes
    }

    /// The listening connection's socket: readable when another host (or this one) committed.
    var notificationDescriptors: [Int32] {
        feedListener?.descriptor().map { [$0] } ?? []
    }
}
