import Foundation

extension StoreLocation {
    /// A location fit for messages and audit rows: a URL's password (`user:secret@host`) is dropped.
    static func redacted(_ location: String) -> String {
        guard let scheme = location.range(of: "://"), let at = location.range(of: "@", range: scheme.upperBound..<location.endIndex),
              let colon = location.range(of: ":", range: scheme.upperBound..<at.lowerBound) else { return location }
        return String(location[..<colon.lowerBound]) + String(location[at.lowerBound...])
    }

    /// Removes a file store this command created and could not fill (its file and SQLite's side files), so
    /// a failed copy leaves no empty store behind. A database location is left alone: its transaction
    /// rolled back, so it holds what it held.
    static func removeNewFileStore(at location: String) {
        guard !location.contains("://") else { return }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: location + suffix) }
    }
}
