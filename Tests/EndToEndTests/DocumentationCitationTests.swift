import Foundation
import Testing

/// The project cites only its own documents: code comments, tests, `docs/` and the top-level documents
/// point to `docs/formats.md`, `docs/rules.md`, `docs/domain.md`, `docs/commands.md`,
/// `docs/configuration.md` and `docs/themes.md`, never to files outside the repository.
@Suite("Documentation citations")
struct DocumentationCitationTests {
    /// The repository's root, from this file's place in `Tests/EndToEndTests`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Names of documents that are not in the repository, spelled in pieces so this file does not cite them.
    static let foreign: [String] = ["DATA", "DOMAIN", "RULES", "CLI"].map { $0 + ".md" } + [".." + "/shared"]

    static let folders = ["Sources", "Tests", "docs"]
    static let files = ["README.md", "ARCHITECTURE.md", "DECISIONS.md", "Themes/README.md"]

    @Test("No file cites a document outside the repository")
    func onlyOwnDocuments() throws {
        var offences: [String] = []
        for path in try Self.candidatePaths() {
            guard let text = try? String(contentsOfFile: Self.root.appendingPathComponent(path).path, encoding: .utf8)
            else { continue }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for name in Self.foreign where line.contains(name) {
                    offences.append("\(path):\(number + 1): cites \(name)")
                }
            }
        }
        #expect(offences.isEmpty, "\(offences.joined(separator: "\n"))")
    }

    @Test("The search covers the code, the tests and the docs")
    func searchIsNotEmpty() throws {
        let paths = try Self.candidatePaths()
        for folder in Self.folders {
            #expect(paths.contains { $0.hasPrefix(folder + "/") }, "nothing found under \(folder)/")
        }
        #expect(paths.contains("docs/formats.md"))
        #expect(paths.contains("Tests/EndToEndTests/DocumentationCitationTests.swift"))
    }

    /// Every regular file under the folders, and each single file that exists, relative to the root.
    static func candidatePaths() throws -> [String] {
        var paths: [String] = []
        let manager = FileManager.default
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = manager.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else {
                continue
            }
            for case let url as URL in walker where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                paths.append(folder + "/" + url.path.dropFirst(base.path.count + 1))
            }
        }
        paths += files.filter { manager.fileExists(atPath: root.appendingPathComponent($0).path) }
        return paths.sorted()
    }
}
