import CaseDomain
import CaseFormats
import Foundation

/// Reads the fixture files that sit beside the tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ folder: String, _ name: String) -> URL {
        root.appendingPathComponent(folder).appendingPathComponent(name)
    }

    static func data(_ folder: String, _ name: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name))
    }

    /// The invalid corpus: (file, expected `FILE:LINE[:COL]`, expected field or nil).
    static func invalidManifest() throws -> [(file: String, location: String, field: String?)] {
        let text = try String(decoding: data("invalid", "MANIFEST.tsv"), as: UTF8.self)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "\t").map(String.init)
            return (parts[0], parts[1], parts[2] == "-" ? nil : parts[2])
        }
    }

    static func validNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("valid").path)
            .filter { !$0.hasSuffix(".expected.json") }.sorted()
    }

    /// Decodes a fixture as the importer would, by its extension.
    static func decode(_ data: Data, name: String) throws(FormatErrors) -> [CaseFile] {
        if name.hasSuffix(".csv") { return try CaseCSVReader().read(data, file: name).map(\.file) }
        return try CaseJSONDecoder().decode(data, file: name)
    }
}
