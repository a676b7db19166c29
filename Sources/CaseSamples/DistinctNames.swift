/// Family names that no two generated cases share: the pools' names made distinct by syllables spelled
/// from the case's number, in the name's own script (Cyrillic for Cyrillic names, Latin otherwise), so a
/// benchmark's filter meets a firm's variety of names rather than a few hundred words.
enum DistinctNames {
    /// Syllables as (Cyrillic, Latin), the same sounds in both scripts so the Latin spelling stays the
    /// transliteration of the native one.
    static let syllables: [(cyrillic: String, latin: String)] = [
        ("ба", "ba"), ("ве", "ve"), ("ги", "gi"), ("до", "do"), ("жу", "zhu"), ("за", "za"), ("ки", "ki"),
        ("ло", "lo"), ("му", "mu"), ("не", "ne"), ("пи", "pi"), ("ро", "ro"), ("су", "su"), ("та", "ta"),
        ("фе", "fe"), ("хо", "kho"), ("чу", "chu"), ("ша", "sha"), ("ле", "le"), ("ми", "mi"), ("ну", "nu"),
        ("ра", "ra"), ("со", "so"), ("ту", "tu"),
    ]

    /// The syllables of `number`, least significant first.
    static func suffix(_ number: Int) -> (cyrillic: String, latin: String) {
        var cyrillic = "", latin = "", rest = number
        repeat {
            let syllable = syllables[rest % syllables.count]
            cyrillic += syllable.cyrillic
            latin += syllable.latin
            rest /= syllables.count
        } while rest > 0
        return (cyrillic, latin)
    }

    /// `name` with a family name of its own: the number's syllables before its last word.
    static func distinct(_ name: (native: String, latin: String), number: Int) -> (native: String, latin: String) {
        let suffix = suffix(number)
        let isCyrillic = name.native.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
        let native = suffix.latin.prefix(1).uppercased() + suffix.latin.dropFirst()
        let nativeWord = isCyrillic ? suffix.cyrillic.prefix(1).uppercased() + suffix.cyrillic.dropFirst() : native
        return (name.native + " " + nativeWord, name.latin + " " + native)
    }
}
