import CNcursesw
import Glibc

/// The byte sequences ncurses decodes into key codes (terminfo's, the common variants taught with
/// `define_key`, the paste markers), for the bytes a paste's bulk read took past its end marker: those
/// are decoded here, as ncurses would have, because its own queue of pushed-back input is short.
/// Pure once built: tests give it their own sequences.
struct KeyTable {
    /// Each sequence with its code; several sequences may share a code.
    let entries: [(bytes: [UInt8], code: Int32)]
    /// The first bytes of the sequences: any other byte is a character.
    private let leads: Set<UInt8>

    init(_ entries: [(bytes: [UInt8], code: Int32)]) {
        self.entries = entries.filter { !$0.bytes.isEmpty }
        leads = Set(self.entries.map { $0.bytes[0] })
    }

    /// What the bytes at the start of `bytes` are.
    enum Match: Equatable {
        /// A whole sequence of `length` bytes, and its code.
        case sequence(code: Int32, length: Int)
        /// All of `bytes` begins a longer sequence: more bytes may complete it (ncurses would wait).
        case incomplete
        /// No sequence starts here: the first byte begins a character.
        case none
    }

    /// The longest sequence `bytes` starts with; incomplete when `bytes` is the start of a longer one,
    /// as ncurses waits for the rest before deciding.
    func match(_ bytes: ArraySlice<UInt8>) -> Match {
        guard let first = bytes.first, leads.contains(first) else { return .none }
        var best: (code: Int32, length: Int)?
        for entry in entries where entry.bytes[0] == first {
            if entry.bytes.count > bytes.count {
                if entry.bytes.starts(with: bytes) { return .incomplete }
            } else if bytes.starts(with: entry.bytes), entry.bytes.count > (best?.length ?? 0) {
                best = (entry.code, entry.bytes.count)
            }
        }
        return best.map { .sequence(code: $0.code, length: $0.length) } ?? .none
    }

    /// Every sequence the current screen's ncurses decodes: every code from `KEY_MIN` up past the
    /// extended keys it numbers after `KEY_MAX`, and `extra` (the paste markers' own codes). Asked only
    /// when a backlog needs it (a few thousand look-ups).
    static func current(extra: [Int32]) -> KeyTable {
        var entries: [(bytes: [UInt8], code: Int32)] = []
        for code in Array(KEY_MIN...(KEY_MAX + 1024)) + extra {
            var index: Int32 = 0
            while let bound = keybound(code, index) {
                entries.append((Array(UnsafeBufferPointer(start: UnsafeRawPointer(bound).assumingMemoryBound(to: UInt8.self),
                                                          count: strlen(bound))), code))
                free(bound)
                index += 1
            }
        }
        return KeyTable(entries)
    }
}
