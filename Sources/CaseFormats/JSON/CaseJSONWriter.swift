import CaseDomain
import Foundation

/// Writes `casedesk/1` JSON byte for byte as docs/formats.md describes, one case at a time to a sink, so an
/// export of 100,000 cases never holds them all. Cases must arrive in matter order (UTF-8 byte order,
/// which is SQLite's BINARY collation): the store reads them `ORDER BY matter`.
///
/// Layout: every object member on its own line, indented by 2 spaces per level; lists of strings
/// (`languages`, `grounds`) on one line as `["ru", "uk"]`; empty lists `[]`; absent values `null`.
public struct CaseJSONWriter {
    /// A programming error in the caller: the cases were not sorted, or a matter repeats.
    public struct OrderError: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String { "cases must be written in increasing matter order, each once" }
    }

    private let sink: ([UInt8]) throws -> Void
    private let flushSize: Int
    private var output = JSONOutput()
    private var previousMatter: [UInt8]?
    private var started = false

    /// `sink` receives the bytes in chunks of about `flushSize` bytes (and the rest at `finish`).
    public init(flushSize: Int = 1 << 16, sink: @escaping ([UInt8]) throws -> Void) {
        self.sink = sink
        self.flushSize = flushSize
    }

    /// Writes the next case.
    public mutating func write(_ file: CaseFile) throws {
        let matter = Array(file.matter.utf8)
        if let previousMatter, !previousMatter.lexicographicallyPrecedes(matter) { throw OrderError() }
        previousMatter = matter
        output.raw(started ? "," : "{\n  \"format\": \"\(CaseJSONKeys.formatName)\",\n  \"cases\": [")
        started = true
        output.newline(indent: 4)
        CaseJSONEncoding.write(file, to: &output, indent: 4)
        if output.bytes.count >= flushSize { try flush() }
    }

    /// Closes the document (with its final LF) and hands the rest to the sink.
    public mutating func finish() throws {
        if started {
            output.raw("\n  ]\n}\n")
        } else {
            output.raw("{\n  \"format\": \"\(CaseJSONKeys.formatName)\",\n  \"cases\": []\n}\n")
        }
        started = true
        try flush()
    }

    private mutating func flush() throws {
        guard !output.bytes.isEmpty else { return }
        try sink(output.bytes)
        output.bytes.removeAll(keepingCapacity: true)
    }

    /// The whole document for `cases`, in any order (they are sorted by matter here).
    public static func data(for cases: [CaseFile]) throws -> Data {
        var result = Data()
        var writer = CaseJSONWriter { result.append(contentsOf: $0) }
        for file in cases.sorted(by: { Array($0.matter.utf8).lexicographicallyPrecedes(Array($1.matter.utf8)) }) {
            try writer.write(file)
        }
        try writer.finish()
        return result
    }
}
