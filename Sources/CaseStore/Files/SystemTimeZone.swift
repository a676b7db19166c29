import Foundation

/// The system's time zone, as a new store records it: `/etc/timezone` (Debian), else `$TZ`, else the
/// `/etc/localtime` link, else Foundation's idea, else UTC.
enum SystemTimeZone {
    static func identifier() -> String {
        if let text = try? String(contentsOfFile: "/etc/timezone", encoding: .utf8) {
            let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if TimeZone(identifier: name) != nil { return name }
        }
        if let tz = ProcessInfo.processInfo.environment["TZ"] {
            let name = tz.hasPrefix(":") ? String(tz.dropFirst()) : tz
            if TimeZone(identifier: name) != nil { return name }
        }
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/etc/localtime"),
           let range = target.range(of: "zoneinfo/") {
            let name = String(target[range.upperBound...])
            if TimeZone(identifier: name) != nil { return name }
        }
        let current = TimeZone.current.identifier
        return TimeZone(identifier: current) != nil ? current : "UTC"
    }
}
