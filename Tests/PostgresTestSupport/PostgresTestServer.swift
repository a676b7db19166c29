import Foundation

/// The PostgreSQL server the tests were given (`CASEDESK_TEST_POSTGRES_URL`, a superuser's URL of its
/// maintenance database), and a fresh database on it for each test, made and dropped with `psql`.
public struct PostgresTestServer: Sendable, CustomStringConvertible {
    public let url: String

    public init(url: String) { self.url = url }

    public var description: String { "PostgreSQL server" }

    /// The servers a test runs against: the one given, or none (the test is then not part of the run).
    public static var all: [PostgresTestServer] { fromEnvironment.map { [$0] } ?? [] }

    public static var fromEnvironment: PostgresTestServer? {
        ProcessInfo.processInfo.environment["CASEDESK_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : PostgresTestServer(url: $0) }
    }

    /// A new, empty database; its URL is the server's with the database's name as path.
    public struct Database: Sendable {
        public let server: PostgresTestServer
        public let name: String
        public let url: String

        /// Drops it, ending any connection a store still holds.
        public func drop() {
            _ = try? server.psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    public func freshDatabase() throws -> Database {
        let name = "casedesk_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try psql("CREATE DATABASE \(name)")
        return Database(server: self, name: name, url: url(database: name))
    }

    /// The server's URL with another database as its path (the query, if any, kept).
    public func url(database: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let pathStart = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        let query = rest[pathStart...].firstIndex(of: "?").map { String(rest[$0...]) } ?? ""
        return String(url[..<pathStart]) + "/" + database + query
    }

    /// Runs one statement on the maintenance database; throws with psql's words when it fails.
    @discardableResult
    public func psql(_ statement: String, database: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "--no-psqlrc", "--quiet", "--tuples-only", "--no-align", "-v", "ON_ERROR_STOP=1",
                             database.map { url(database: $0) } ?? url, "-c", statement]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PostgresTestError(message: "psql failed (\(statement)): \(problem)")
        }
        return text
    }
}

public struct PostgresTestError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
