import Foundation

/// Folds names so that a query matches however a name was spelled: in its own script, in any common
/// romanisation of Russian or Ukrainian (Dmitrii, Dmitry, Dmitriy, Dmitrij all fold to `dmitri`), with or
/// without diacritics, in any case.
///
/// Both sides go through the same two steps, so the variants meet in the middle: Cyrillic is first
/// written in Latin letters (one base scheme), then every Latin spelling is reduced to a skeleton in
/// which the usual variant spellings coincide (`iy`/`ii`/`ij`/`y` → `i`, `ya`/`ia`/`ja` → one vowel,
/// `kh`/`h`/`g` → one letter, `x` → `ks`). Doubled letters are kept on both sides; a query's single letter
/// matches a doubled one in a name (`Kiril` finds Kirill), never the reverse (`containsRuns`).
public enum Transliteration {
    /// Russian and Ukrainian letters in a plain Latin scheme (close to the passport one).
    static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye",
        "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
        "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "ў": "u",
    ]

    /// Latin letters for the Cyrillic ones in `text` (lower-cased first); other characters are kept.
    public static func latin(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if let latin = cyrillic[character] { result += latin } else { result.append(character) }
        }
        return result
    }

    /// Variant spellings reduced to one, longest match first.
    private static let skeletonRules: [(String, String)] = [
        ("shch", "Q"), ("sch", "Q"), ("tch", "C"), ("zh", "Z"), ("kh", "h"), ("ch", "C"), ("sh", "S"),
        ("ts", "c"), ("tz", "c"),
        ("iya", "A"), ("iia", "A"), ("ija", "A"), ("ya", "A"), ("ia", "A"), ("ja", "A"),
        ("iyu", "U"), ("iiu", "U"), ("iju", "U"), ("yu", "U"), ("iu", "U"), ("ju", "U"),
        ("ye", "e"), ("ie", "e"), ("je", "e"),
        ("yo", "o"), ("io", "o"), ("jo", "o"),
        ("iy", "i"), ("ii", "i"), ("ij", "i"), ("yi", "i"), ("yy", "i"),
        ("y", "i"), ("j", "i"), ("x", "ks"), ("g", "h"), ("w", "v"),
        ("'", ""), ("’", ""), ("ʹ", ""), ("ʼ", ""),
    ]

    /// The rules by their first character, each pattern as characters (built once).
    private static let rulesByFirst: [Character: [(pattern: [Character], replacement: String)]] = {
        var table: [Character: [(pattern: [Character], replacement: String)]] = [:]
        for (pattern, replacement) in skeletonRules {
            let characters = Array(pattern)
            guard let first = characters.first else { continue }
            table[first, default: []].append((characters, replacement))
        }
        return table
    }()

    /// Text with case, diacritics and width folded away. ASCII text only needs lower case, which is much
    /// cheaper than Foundation's folding and gives the same result.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Whether `needle` occurs in `haystack`, comparing UTF-8 bytes: both sides are folded the same way, so
    /// no further equivalence is needed, and a match in valid UTF-8 always starts on a character.
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        let found = haystack.utf8.withContiguousStorageIfAvailable { hay in
            needle.utf8.withContiguousStorageIfAvailable { pin in bytes(hay, contain: pin) }
        }
        if let found, let found { return found }
        return bytes(Array(haystack.utf8)[...], contain: Array(needle.utf8)[...])
    }

    private static func bytes<H: RandomAccessCollection<UInt8>, N: RandomAccessCollection<UInt8>>(
        _ hay: H, contain pin: N) -> Bool where H.Index == Int, N.Index == Int {
        guard let first = pin.first else { return true }
        guard pin.count <= hay.count else { return false }
        let last = hay.startIndex + hay.count - pin.count
        var start = hay.startIndex
        while start <= last {
            if hay[start] == first {
                var offset = 1
                while offset < pin.count, hay[start + offset] == pin[pin.startIndex + offset] { offset += 1 }
                if offset == pin.count { return true }
            }
            start += 1
        }
        return false
    }

    /// The skeleton of Latin text: lower case, no diacritics, variant spellings merged, word breaks and punctuation dropped except single spaces.
    public static func skeleton(_ text: String) -> String {
        let folded = fold(text)
        let characters = Array(folded.lowercased())
        var out = ""
        var index = 0
        outer: while index < characters.count {
            let c = characters[index]
            for rule in rulesByFirst[c] ?? [] where index + rule.pattern.count <= characters.count {
                if characters[index..<(index + rule.pattern.count)].elementsEqual(rule.pattern) {
                    out += rule.replacement
                    index += rule.pattern.count
                    continue outer
                }
            }
            if c.isLetter || c.isNumber {
                out.append(c)
            } else if !out.hasSuffix(" ") && !out.isEmpty {
                out.append(" ")
            }
            index += 1
        }
        // Doubled letters stay doubled: a query's letters must all be in the names it finds (`zzz` finds
        // no name without three z's). `containsRuns` lets a single letter of a query match a doubled one.
        return out.lowercased().trimmingCharacters(in: .whitespaces)
    }

    /// The form a name is compared in: its own script folded (for scripts we do not transliterate)
    /// and the skeleton of its Latin spelling.
    public static func searchKeys(for name: String) -> [String] {
        [fold(name), skeleton(latin(name))]
    }

    /// The same keys built word by word, each word's keys remembered in `cache`: a firm's names share
    /// most of their words, and folding is the slow part. Folding works character by character and no
    /// skeleton rule spans a space, so the words' keys joined with single spaces are the name's keys.
    public static func searchKeys(for name: String, cache: inout [Substring: (own: String, skeleton: String)]) -> [String] {
        var own: [String] = []
        var skeletons: [String] = []
        for word in name.split(separator: " ", omittingEmptySubsequences: false) {
            let keys: (own: String, skeleton: String)
            if let known = cache[word] {
                keys = known
            } else {
                let text = String(word)
                keys = (fold(text), skeleton(latin(text)))
                cache[word] = keys
            }
            own.append(keys.own)
            if !keys.skeleton.isEmpty { skeletons.append(keys.skeleton) }
        }
        return [own.joined(separator: " "), skeletons.joined(separator: " ")]
    }
}
