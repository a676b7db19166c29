import Foundation

/// A store location that names a PostgreSQL server: a `postgresql://` or `postgres://` URL, as libpq reads
/// it (docs/configuration.md). Anything else is a file path (the SQLite backend).
enum PostgresLocation {
    static func isServerURL(_ location: String) -> Bool {
        let lowered = location.lowercased()
        return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
    }

    /// The URL as messages show it: a password written into it (`user:secret@host`) becomes `user:***@host`,
    /// so no message or audit row ever repeats it (`~/.pgpass` or `PGPASSWORD` is where it belongs).
    static func display(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { return url }
        return String(url[..<scheme.upperBound]) + rest[..<colon] + ":***" + rest[at...]
    }
}
