/// Gathers the bytes of one bracketed paste, as the terminal sends them after `ESC [ 200 ~`, until the
/// end marker `ESC [ 201 ~`. Pure (no ncurses), so the decoding is tested byte by byte.
///
/// Bytes past `limit` are dropped, never kept for later: whatever was pasted is text, and none of it may
/// arrive afterwards as keys. A byte that may begin the end marker is held until the marker completes
/// or turns out to be text.
struct PasteCollector {
    /// What ends a paste.
    static let endMarker: [UInt8] = Array("\u{1B}[201~".utf8)
    /// What starts one (the terminal layer teaches it to ncurses as a key of its own).
    static let startMarker = "\u{1B}[200~"
    /// The most a paste keeps: 1 MB.
    static let defaultLimit = 1 << 20

    let limit: Int
    private(set) var kept: [UInt8] = []
    private(set) var droppedCount = 0
    /// Whether the end marker has arrived.
    private(set) var isFinished = false
    private var held: [UInt8] = []

    init(limit: Int = PasteCollector.defaultLimit) {
        self.limit = max(0, limit)
    }

    /// Takes the next byte the terminal sent.
    mutating func take(_ byte: UInt8) {
        guard !isFinished else { return }
        held.append(byte)
        if held == Self.endMarker {
            held = []
            isFinished = true
            return
        }
        // What can no longer become the end marker is text.
        while !held.isEmpty, !Self.endMarker.starts(with: held) {
            keep(held.removeFirst())
        }
    }

    /// Takes bytes up to the end marker; returns where it stopped (after the marker, or the end).
    mutating func take(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>.Index {
        var index = bytes.startIndex
        while index < bytes.endIndex, !isFinished {
            // Runs without an ESC cannot touch the end marker: kept in one go.
            if held.isEmpty, bytes[index] != 0x1B {
                let end = bytes[index...].firstIndex(of: 0x1B) ?? bytes.endIndex
                let room = max(0, limit - kept.count)
                let kept = min(room, end - index)
                self.kept += bytes[index..<(index + kept)]
                droppedCount += end - index - kept
                index = end
                continue
            }
            take(bytes[index])
            index += 1
        }
        return index
    }

    /// Goes on after the end marker: another paste followed at once, and the two are one.
    mutating func resume() {
        isFinished = false
    }

    /// The paste's text: held bytes count as text (the marker never came), invalid UTF-8 becomes
    /// U+FFFD, and a character the limit cut in two is dropped whole.
    var text: String {
        var bytes = kept
        for byte in held where bytes.count < limit { bytes.append(byte) }
        if droppedCount > 0 || bytes.count == limit { bytes = Self.withoutCutCharacter(bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func keep(_ byte: UInt8) {
        if kept.count < limit { kept.append(byte) } else { droppedCount += 1 }
    }

    /// `bytes` without a trailing UTF-8 sequence that is incomplete (the limit fell inside it).
    static func withoutCutCharacter(_ bytes: [UInt8]) -> [UInt8] {
        var start = bytes.count
        // Back over at most three continuation bytes to the sequence's lead byte.
        while start > 0, bytes.count - start < 4, bytes[start - 1] & 0xC0 == 0x80 { start -= 1 }
        guard start > 0 else { return bytes }
        let lead = bytes[start - 1]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        let present = bytes.count - (start - 1)
        return length > 1 && present < length ? Array(bytes[..<(start - 1)]) : bytes
    }
}
