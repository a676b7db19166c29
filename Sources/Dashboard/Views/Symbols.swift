/// The glyphs of the interface, in Unicode or in plain ASCII for terminals without UTF-8.
/// None is an emoji or a font icon, so every terminal draws them in one column.
public struct Symbols: Hashable, Sendable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    public var teeLeft, teeRight: String
    public var ellipsis, separator, arrow, selected: String
    public var overdue, soon, upcoming, met, lapsed, eligibility, hearing: String
    public var detained, released, removed: String
    public var filed, unavailable, inProgress, requested, needed: String
    public var meterFilled, meterEmpty: String
    public var times: String

    public static let unicode = Symbols(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "┤", teeRight: "├", ellipsis: "…", separator: "·", arrow: "→", selected: "▶",
        overdue: "✗", soon: "⚑", upcoming: "⚑", met: "✓", lapsed: "–", eligibility: "◇", hearing: "◆",
        detained: "●", released: "○", removed: "◌",
        filed: "✓", unavailable: "∅", inProgress: "◐", requested: "…", needed: "✗",
        meterFilled: "▰", meterEmpty: "▱", times: "×")

    public static let ascii = Symbols(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+", ellipsis: "~", separator: "-", arrow: "->", selected: ">",
        overdue: "X", soon: "!", upcoming: ">", met: "+", lapsed: "-", eligibility: "*", hearing: "#",
        detained: "*", released: "o", removed: ".",
        filed: "+", unavailable: "0", inProgress: "~", requested: "?", needed: "x",
        meterFilled: "#", meterEmpty: ".", times: "x")

    public static func forMode(ascii: Bool) -> Symbols { ascii ? .ascii : .unicode }
}
