import CPq
import Foundation

/// One libpq connection, used synchronously like every store call: statements go out with
/// `PQexecParams` and text parameters (never spliced into the SQL), results come back as text.
/// The URL is libpq's own (`postgresql://user@host:5432/db?sslmode=verify-full`), so the password comes
/// from `~/.pgpass` or `PGPASSWORD` and TLS modes are libpq's. Not thread-safe: the store holds it behind
/// a lock.
final class PQConnection {
    private var handle: OpaquePointer?
    /// What messages call the store (the URL without any password).
    let location: String
    /// The audit chain's head as the current transaction's last append left it (the head row is locked
    /// from that transaction's first append until its end); nil outside a transaction that appended.
    var chainHead: (id: Int64, hash: String)?

    /// Connects; throws `StoreError.cannotOpen` with libpq's first line of reason when the server cannot be
    /// reached or refuses the login.
    init(url: String, location: String) throws {
        self.location = location
        handle = Self.connect(url)
        guard PQstatus(handle) == CONNECTION_OK else {
            let reason = Self.connectionFailure(PQerrorMessage(handle).map { String(cString: $0) } ?? "")
            PQfinish(handle)
            handle = nil
            throw StoreError.cannotOpen(path: location, reason: reason)
        }
        // Server messages in one language and no notices on stderr (they would draw over the dashboard).
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        _ = try execute("SET client_min_messages = warning")
    }

    deinit { PQfinish(handle) }

    /// Defaults the URL may override (its parameters come after them): a server that does not answer is
    /// given up on after 10 s rather than never, and a network that drops is noticed within about a minute
    /// (TCP keepalives) rather than when the kernel gives up.
    static let defaults: [(String, String)] = [
        ("connect_timeout", "10"), ("keepalives_idle", "30"), ("keepalives_interval", "10"), ("keepalives_count", "3"),
        ("application_name", "casedesk"),
    ]

    private static func connect(_ url: String) -> OpaquePointer? {
        let pairs = defaults + [("dbname", url)]
        let keys = pairs.map { strdup($0.0) }, values = pairs.map { strdup($0.1) }
        defer { (keys + values).forEach { free($0) } }
        var keyPointers: [UnsafePointer<CChar>?] = keys.map { $0.map { UnsafePointer($0) } } + [nil]
        var valuePointers: [UnsafePointer<CChar>?] = values.map { $0.map { UnsafePointer($0) } } + [nil]
        return keyPointers.withUnsafeMutableBufferPointer { keyBuffer in
            valuePointers.withUnsafeMutableBufferPointer { valueBuffer in
                PQconnectdbParams(keyBuffer.baseAddress, valueBuffer.baseAddress, 1)
            }
        }
    }

    /// Whether the connection is up (a restarted server leaves it broken until `reconnectIfNeeded`).
    var isConnected: Bool { PQstatus(handle) == CONNECTION_OK }

    /// After the server restarted or the network dropped: one new attempt with the same parameters.
    func reconnectIfNeeded() throws {
        guard !isConnected else { return }
        PQreset(handle)
        guard isConnected else { throw PQError.connectionLost }
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    /// The socket libpq reads notifications from (a run loop waits on it).
    var socket: Int32 { PQsocket(handle) }

    /// Runs one statement with text parameters (nil is SQL NULL); throws `PQError`.
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws -> PQRows {
        let result: OpaquePointer? = withParameterPointers(parameters) { values in
            PQexecParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        switch status {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK:
            return PQRows(result)
        default:
            throw error(of: result)
        }
    }

    /// Runs several statements without parameters (the schema's migrations); throws `PQError`.
    func executeScript(_ sql: String) throws {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK: return
        default: throw error(of: result)
        }
    }

    /// The notifications that have arrived (`LISTEN`), read without waiting; their channels' payloads.
    func takeNotifications() -> [String] {
        guard PQconsumeInput(handle) == 1 else { return [] }
        var payloads: [String] = []
        while let notice = PQnotifies(handle) {
            payloads.append(notice.pointee.extra.map { String(cString: $0) } ?? "")
            PQfreemem(notice)
        }
        return payloads
    }

    private func error(of result: OpaquePointer?) -> PQError {
        guard isConnected, let result else { return .connectionLost }
        func field(_ code: Int32) -> String? { PQresultErrorField(result, code).map { String(cString: $0) } }
        let state = field(Int32(UInt8(ascii: "C"))) ?? ""
        if state.hasPrefix("08") || state.hasPrefix("57P") { return .connectionLost }
        return .server(state: state, message: field(Int32(UInt8(ascii: "M"))) ?? "the statement failed",
                       constraint: field(Int32(UInt8(ascii: "n"))))
    }

    private func withParameterPointers<R>(_ parameters: [String?],
                                          _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
        let storage: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { storage.forEach { free($0) } }
        var pointers: [UnsafePointer<CChar>?] = storage.map { $0.map { UnsafePointer($0) } }
        return pointers.withUnsafeMutableBufferPointer { buffer in body(UnsafePointer(buffer.baseAddress)) }
    }

    /// libpq's reason, cut to one line: `connection to server at "h" (1.2.3.4), port 5432 failed: FATAL: …`
    /// becomes what follows the last `failed:` and `FATAL:`.
    static func connectionFailure(_ message: String) -> String {
        var line = message.split(separator: "\n").first.map(String.init) ?? ""
        for marker in ["failed: ", "FATAL:  ", "FATAL: "] {
            if let range = line.range(of: marker, options: .backwards) { line = String(line[range.upperBound...]) }
        }
        let reason = line.trimmingCharacters(in: .whitespaces)
        return reason.isEmpty ? "the database server cannot be reached" : reason
    }
}

/// What went wrong with a statement, before the store words it as a `StoreError`.
enum PQError: Error {
    /// The server went away (restarted, the network dropped): the transaction did not commit.
    case connectionLost
    /// The server refused the statement: its SQLSTATE, its message (which never holds values) and the
    /// constraint concerned, when any.
    case server(state: String, message: String, constraint: String?)

    var isUniqueViolation: Bool {
        if case .server("23505", _, _) = self { return true }
        return false
    }
}
