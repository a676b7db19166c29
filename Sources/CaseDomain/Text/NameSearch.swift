/// What the case list's filter and its name order compare, computed once when a case is written and kept
/// in the store (docs/commands.md, the `/` filter and `:sort name`), so neither folds a name while someone
/// types.
public enum NameSearch {
    /// Separates the fields of `keys`: a control character no folded text holds, so no query matches
    /// across two fields.
    public static let separator: UInt8 = 0x1F

    /// The text the filter searches: the matter in lower case, then each name folded in its own script and
    /// as the skeleton of its Latin spelling (`Transliteration`), separated by U+001F.
    public static func keys(matter: String, clientName: String, latinName: String?) -> String {
        var fields = [matter.lowercased()]
        for name in [clientName, latinName].compactMap({ $0 }) {
            fields += Transliteration.searchKeys(for: name)
        }
        return fields.joined(separator: "\u{1F}")
    }

    /// The key `:sort name` orders by: the Latin spelling when the case has one, else the name with
    /// Cyrillic written in Latin letters; case and diacritics folded, apostrophes dropped and other
    /// punctuation read as a space, so
    /// José sorts with Jose, Ayşe after Aleksei and O'Brien with Obrien. Names in a script that is not
    /// transliterated (no Latin spelling given) sort after every Latin one, in their own script's order.
    public static func sortKey(clientName: String, latinName: String?) -> String {
        let folded = Transliteration.fold(latinName ?? Transliteration.latin(clientName))
        var key = ""
        key.reserveCapacity(folded.utf8.count)
        for character in folded {
            if character.isLetter || character.isNumber {
                key.append(character)
            } else if Self.apostrophes.contains(character) {
                continue
            } else if !key.isEmpty, key.last != " " {
                key.append(" ")
            }
        }
        while key.last == " " { key.removeLast() }
        return key
    }

    private static let apostrophes: Set<Character> = ["'", "’", "ʼ", "ʹ"]

    /// A byte repeated `count` times in a row.
    public struct Run: Hashable, Sendable {
        public var byte: UInt8
        public var count: Int
    }

    /// A query's skeleton as runs of equal bytes (`ana` is a once, n once, a once; `anna` has n twice).
    public static func runs(of text: String) -> [Run] {
        var runs: [Run] = []
        for byte in text.utf8 {
            if let last = runs.last, last.byte == byte { runs[runs.count - 1].count += 1 } else { runs.append(Run(byte: byte, count: 1)) }
        }
        return runs
    }

    /// Whether `haystack` holds the query's `runs` in order, each at least as long as in the query: a
    /// single letter of the query matches a doubled one of the name, a doubled one only a doubled one.
    public static func containsRuns(_ haystack: UnsafeBufferPointer<UInt8>, _ runs: [Run]) -> Bool {
        guard let first = runs.first else { return true }
        let end = haystack.count
        var start = 0
        while start < end {
            if haystack[start] == first.byte, matchesRuns(haystack, at: start, runs) { return true }
            start += 1
        }
        return false
    }

    private static func matchesRuns(_ haystack: UnsafeBufferPointer<UInt8>, at start: Int,
                                    _ runs: [Run]) -> Bool {
        var position = start
        // Each run takes the whole run of its byte in the name: the next run of the query is of another
        // byte, which the name must have right after it.
        for run in runs {
            var length = 0
            while position < haystack.count, haystack[position] == run.byte {
                length += 1
                position += 1
            }
            guard length >= run.count else { return false }
        }
        return true
    }
}
