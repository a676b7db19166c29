import CaseDomain
import Foundation
import TOMLKit

/// Per-user preferences from `/etc/casedesk/config.toml`, then `$XDG_CONFIG_HOME/casedesk/config.toml`.
/// Settings that change deadlines are not here: they live in the store, shared by everyone.
struct UserConfig: Equatable {
    var db: String?
    var theme: String?
    var ascii: Bool?
    var escDelay: Int?

    static let systemPath = "/etc/casedesk/config.toml"

    static var userPath: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return base + "/casedesk/config.toml"
    }

    /// Both files merged; a file that is absent is skipped, a malformed one is an error naming it.
    static func load() throws -> UserConfig {
        var config = UserConfig()
        for path in [systemPath, userPath] where FileManager.default.fileExists(atPath: path) {
            try config.merge(parse(path: path))
        }
        return config
    }

    mutating func merge(_ other: UserConfig) {
        db = other.db ?? db
        theme = other.theme ?? theme
        ascii = other.ascii ?? ascii
        escDelay = other.escDelay ?? escDelay
    }

    static func parse(path: String) throws -> UserConfig {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(path): cannot read the file (or it is not UTF-8)")
        }
        return try parse(text: text, path: path)
    }

    static func parse(text: String, path: String) throws -> UserConfig {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw CLIError("\(path):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
        }
        var config = UserConfig()
        for key in table.keys {
            let line = lineNumber(of: key, in: text)
            let value = table[key]
            func fail(_ expected: String) -> CLIError {
                CLIError("\(path):\(line): key \"\(TextSafety.display(key))\": expected \(expected)")
            }
            switch key {
            case "db":
                guard let text = value?.string else { throw fail("a path in quotes") }
                config.db = text
            case "theme":
                guard let text = value?.string else { throw fail("a theme name or path in quotes") }
                config.theme = text
            case "ascii":
                guard let flag = value?.bool else { throw fail("true or false") }
                config.ascii = flag
            case "escDelay":
                guard let delay = value?.int, (0...1_000).contains(delay) else { throw fail("milliseconds, 0 to 1000") }
                config.escDelay = delay
            default:
                throw CLIError("\(path):\(line): unknown key \"\(TextSafety.display(key))\" (known: db, theme, ascii, escDelay)")
            }
        }
        return config
    }

    /// The line a top-level key is set on (TOMLKit keeps no positions for keys).
    static func lineNumber(of key: String, in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            for form in [key, "\"\(key)\""] {
                // `key = …` or a dotted `key.sub = …`.
                if trimmed.hasPrefix(form) {
                    let rest = trimmed.dropFirst(form.count).drop { $0 == " " || $0 == "\t" }
                    if rest.hasPrefix("=") || rest.hasPrefix(".") { return index + 1 }
                }
                // A table `[key]`, `[key.sub]` or an array of tables `[[key]]`.
                let header = trimmed.drop { $0 == "[" }.drop { $0 == " " || $0 == "\t" }
                if trimmed.hasPrefix("["), header.hasPrefix(form) {
                    let rest = header.dropFirst(form.count).drop { $0 == " " || $0 == "\t" }
                    if rest.hasPrefix("]") || rest.hasPrefix(".") { return index + 1 }
                }
            }
        }
        return 1
    }
}
