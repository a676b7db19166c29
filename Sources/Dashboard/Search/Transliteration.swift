import Foundation

/// Folds names so that a query matches however a name was spelled: in its own script, in any common
/// romanisation of Russian or Ukrainian (Dmitrii, Dmitry, Dmitriy, Dmitrij all fold to `dmitri`), with or
/// without diacritics, in any case.
///
/// Both sides go through the same two steps, so the variants meet in the middle: Cyrillic is first
/// written in Latin letters (one base scheme), then every Latin spelling is reduced to a skeleton in
/// which the usual variant spellings coincide (`iy`/`ii`/`ij`/`y` → `i`, `ya`/`ia`/`ja` → one vowel,
/// `kh`/`h`/`g` → one letter, `x` → `ks`, doubled letters once).
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

    /// The skeleton of Latin text: lower case, no diacritics, variant spellings merged, doubled letters
    /// once, word breaks and punctuation dropped except single spaces.
    public static func skeleton(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
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
        var result = ""
        for character in out.lowercased() where character != result.last || !character.isLetter {
            result.append(character)
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// The form a name is compared in: its own script folded (for scripts we do not transliterate)
    /// and the skeleton of its Latin spelling.
    public static func searchKeys(for name: String) -> [String] {
        let own = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return [own, skeleton(latin(name))]
    }
}
