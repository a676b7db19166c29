import Foundation

/// RELIABILITY.md §5: text that would drive a terminal, spoof a screen's layout or hide itself, as a
/// client's name, a judge or a note may carry it. Each payload has the bytes that must never reach a
/// terminal raw (`dangerous`); `storable` says whether casedesk accepts it at all (only text a real name
/// can hold: stacked combining marks, joiners).
public struct HostilePayload: Sendable {
    public var name: String
    public var text: String
    public var dangerous: [UInt8]
    public var storable = false

    public init(_ name: String, _ text: String, dangerous: String? = nil, storable: Bool = false) {
        self.name = name
        self.text = text
        self.dangerous = Array((dangerous ?? text).utf8)
        self.storable = storable
    }

    public static let esc = "\u{1B}"

    /// Every payload after a marker of its own (`P07:`), so that bytes casedesk itself sends (ncurses' own
    /// `ESC [ ? 25 l`) are never taken for a payload: what must not appear is the marker followed by the
    /// payload's bytes. The long line and the stacked marks need no marker.
    public static let all: [HostilePayload] = payloads.enumerated().map { index, payload in
        guard !payload.storable, payload.name != "100 KB line" else { return payload }
        let marker = "P" + String(format: "%02d", index) + ":"
        var marked = payload
        marked.text = marker + payload.text
        marked.dangerous = Array(marker.utf8) + payload.dangerous
        return marked
    }

    public static let payloads: [HostilePayload] = [
        HostilePayload("OSC 0 title", esc + "]0;PWNED-TITLE\u{07}"),
        HostilePayload("OSC 2 title, ST-terminated", esc + "]2;PWNED-TITLE" + esc + "\\"),
        HostilePayload("OSC 1 icon name", esc + "]1;PWNED\u{07}"),
        HostilePayload("OSC 8 hyperlink", esc + "]8;;https://evil.example/" + esc + "\\click" + esc + "]8;;" + esc + "\\",
                       dangerous: esc + "]8;;https"),
        HostilePayload("OSC 52 clipboard write", esc + "]52;c;cm0gLXJmIH4=\u{07}"),
        HostilePayload("OSC 52 clipboard read", esc + "]52;c;?\u{07}"),
        HostilePayload("OSC 4 palette change", esc + "]4;1;rgb:ff/00/00\u{07}"),
        HostilePayload("OSC 1337 (iTerm2)", esc + "]1337;File=name=eA==:eA==\u{07}"),
        HostilePayload("CSI clear screen", esc + "[2J"),
        HostilePayload("CSI cursor home", esc + "[H" + "SPOOF"),
        HostilePayload("CSI colour", esc + "[31;1mRED"),
        HostilePayload("CSI leave alternate screen", esc + "[?1049l"),
        HostilePayload("CSI hide cursor", esc + "[?25l"),
        HostilePayload("CSI device status report", esc + "[6n"),
        HostilePayload("CSI report window title", esc + "[21t"),
        HostilePayload("CSI fake paste start", esc + "[200~:quit" + esc + "[201~", dangerous: esc + "[200~"),
        HostilePayload("DCS", esc + "Pq#0;2;0;0;0#0~~@@vv" + esc + "\\"),
        HostilePayload("DCS tmux passthrough", esc + "Ptmux;" + esc + esc + "]0;PWNED\u{07}" + esc + "\\"),
        HostilePayload("ESC c (full reset)", esc + "c"),
        HostilePayload("ESC ( 0 (line drawing set)", esc + "(0lqqk"),
        HostilePayload("ESC # 8 (screen fill)", esc + "#8"),
        HostilePayload("lone ESC", "before" + esc + "after"),
        HostilePayload("C1 CSI U+009B", "\u{9B}2J"),
        HostilePayload("C1 OSC U+009D", "\u{9D}0;PWNED\u{9C}"),
        HostilePayload("C1 DCS U+0090", "\u{90}q\u{9C}"),
        HostilePayload("C1 NEL U+0085", "line\u{85}next"),
        HostilePayload("CR overwrite", "Innocent\rSPOOF"),
        HostilePayload("LF in a one-line field", "first\nsecond"),
        HostilePayload("CRLF", "first\r\nsecond"),
        HostilePayload("backspaces", "abc\u{08}\u{08}\u{08}XYZ"),
        HostilePayload("BEL", "ring\u{07}ring"),
        HostilePayload("NUL", "nul\u{00}byte"),
        HostilePayload("DEL", "del\u{7F}ete"),
        HostilePayload("TAB in a one-line field", "tab\there"),
        HostilePayload("vertical tab and form feed", "vt\u{0B}ff\u{0C}"),
        HostilePayload("U+202E right-to-left override", "\u{202E}gnp.exe"),
        HostilePayload("U+202D left-to-right override", "\u{202D}abc"),
        HostilePayload("U+202A left-to-right embedding", "\u{202A}abc\u{202C}"),
        HostilePayload("U+2066 left-to-right isolate", "\u{2066}abc\u{2069}"),
        HostilePayload("U+2067 right-to-left isolate", "\u{2067}abc"),
        HostilePayload("U+200B zero width space", "zero\u{200B}width"),
        HostilePayload("U+FEFF zero width no-break space", "\u{FEFF}bom"),
        HostilePayload("U+2060 word joiner", "word\u{2060}joiner"),
        HostilePayload("U+2028 line separator", "line\u{2028}separator"),
        HostilePayload("U+2029 paragraph separator", "para\u{2029}graph"),
        HostilePayload("1,000 combining marks", "Zalgo" + String(repeating: "\u{0301}", count: 1_000),
                       dangerous: "o" + String(repeating: "\u{0301}", count: 5), storable: true),
        HostilePayload("100 KB line", String(repeating: "W", count: 100_000),
                       dangerous: String(repeating: "W", count: 300)),
    ]
}

extension HostilePayload {
    /// Whether `haystack` holds `needle` as a run of bytes.
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        var index = 0
        while let found = haystack[index...].firstIndex(of: first) {
            if found + needle.count > haystack.count { return false }
            if haystack[found..<(found + needle.count)].elementsEqual(needle) { return true }
            index = found + 1
        }
        return false
    }

    /// The names of the payloads whose dangerous bytes appear raw in `bytes`.
    public static func rawPayloads(in bytes: [UInt8]) -> [String] {
        all.filter { contains(bytes, $0.dangerous) }.map(\.name)
    }
}
