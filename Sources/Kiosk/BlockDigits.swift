import ScreenKit

/// Digits five rows tall, three columns wide, for counts and the clock across a room.
enum BlockDigits {
    static let rows = 5

    private static let glyphs: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": ["  #", "  #", "  #", "  #", "  #"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
    ]

    /// Columns `text` takes: each digit 3 and a gap, a colon 1 and a gap.
    static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + (glyphs[$1]?.first?.count ?? 0) + 1 } - (text.isEmpty ? 0 : 1)
    }

    /// Draws `text` (digits and colons) with its top-left at a position.
    static func draw(_ text: String, row: Int, column: Int, role: Role, ascii: Bool, into screen: inout Screen) {
        var x = column
        let block: Character = ascii ? "#" : "█"
        for character in text {
            guard let glyph = glyphs[character] else { continue }
            for (offset, line) in glyph.enumerated() {
                for (dx, cell) in line.enumerated() where cell == "#" {
                    screen.put(String(block), row: row + offset, column: x + dx, role: role)
                }
            }
            x += (glyph.first?.count ?? 0) + 1
        }
    }
}
