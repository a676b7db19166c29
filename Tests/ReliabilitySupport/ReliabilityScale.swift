import Foundation

/// How large the reliability suites run: CI-sized by default, the full counts of RELIABILITY.md with
/// `CASEDESK_RELIABILITY=full`. Any other value is an error, so a typo never runs the small suite silently.
public enum ReliabilityScale: String, Sendable {
    case ci, full

    /// The environment variable that chooses the scale.
    public static let variable = "CASEDESK_RELIABILITY"

    /// The scale the environment asks for.
    public static func current() throws -> ReliabilityScale {
        guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else { return .ci }
        guard let scale = ReliabilityScale(rawValue: text) else { throw UnknownScale(text: text) }
        return scale
    }

    /// `ci` or `full`, whichever this scale is.
    public func pick<Value>(ci: Value, full: Value) -> Value {
        switch self {
        case .ci: ci
        case .full: full
        }
    }
}

/// `CASEDESK_RELIABILITY` holds something other than `ci` or `full`.
public struct UnknownScale: Error, CustomStringConvertible {
    public var text: String
    public var description: String { "\(ReliabilityScale.variable)=\(text): expected ci or full" }
}

/// The figures of a reliability run: printed, and appended to `.build/reliability/figures.txt` so that
/// RELIABILITY.md can quote the last run's.
public enum ReliabilityFigures {
    /// Records one line of figures under a suite's name.
    public static func record(_ suite: String, _ line: String, file: String = #filePath) {
        let scale = (try? ReliabilityScale.current())?.rawValue ?? "?"
        let text = "\(ISO8601DateFormatter().string(from: Date())) \(scale) \(suite): \(line)\n"
        print("reliability: " + text, terminator: "")
        var root = URL(fileURLWithPath: file)
        while root.path != "/", !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        let folder = root.appendingPathComponent(".build/reliability")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("figures.txt").path
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
            try? handle.close()
        }
    }

    /// The value at quantile `q` (0...1) of `values`, nearest-rank; nil when empty.
    public static func quantile(_ values: [Double], _ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
