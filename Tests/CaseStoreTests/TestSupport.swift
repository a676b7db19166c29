import CaseDomain
import Foundation
@testable import CaseStore

/// A fresh temporary folder per test, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("casedesk-store-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        path = base.path
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

func date(_ text: String) -> CivilDate {
    guard let value = CivilDate(iso: text) else { fatalError("bad test date \(text)") }
    return value
}
