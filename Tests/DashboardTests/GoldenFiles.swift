import Foundation

/// The golden files in `Goldens/`: a screen's text (`NAME.txt`) and the roles of its cells
/// (`NAME.roles.txt`, see `Screen.rolePlane`). With `CASEDESK_RECORD_GOLDENS=1` the tests write what
/// they see before comparing, so a deliberate change to the screen is recorded, then read in the diff.
enum GoldenFiles {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["CASEDESK_RECORD_GOLDENS"] == "1" }

    static func url(_ file: String) -> URL { directory.appendingPathComponent(file) }

    /// The golden `file` holds (after writing `actual` to it when recording).
    static func expected(_ file: String, actual: String) throws -> String {
        if isRecording { try actual.write(to: url(file), atomically: true, encoding: .utf8) }
        return try String(contentsOf: url(file), encoding: .utf8)
    }

    /// Where two goldens part: the first line that differs, both ways, for a readable failure.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(got.count, want.count) {
            let line = index < got.count ? String(got[index]) : "(none)"
            let wanted = index < want.count ? String(want[index]) : "(none)"
            if line != wanted { return "line \(index + 1):\n  golden: \(wanted)\n  now:    \(line)" }
        }
        return "no difference"
    }
}
