/// A colour as a style names it. The terminal layer asks for the nearest colour its terminal has.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(Int)
    /// An index of the xterm 256-colour palette.
    case indexed(Int)
    case rgb(red: Int, green: Int, blue: Int)

    /// The colour names a theme or setting may use (docs/themes.md), and their ANSI numbers.
    public static let names: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "gray": 8, "grey": 8, "bright-black": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
        "light-red": 9, "light-green": 10, "light-yellow": 11, "light-blue": 12, "light-magenta": 13,
        "light-cyan": 14, "light-gray": 7, "light-grey": 7,
    ]

    /// Parses `default`, a colour name, `#rrggbb`, or a 256-palette index written as a number string.
    public init?(parsing text: String) {
        let lower = text.lowercased()
        if lower == "default" { self = .terminalDefault; return }
        if let number = Color.names[lower] { self = .ansi(number); return }
        if lower.hasPrefix("#"), lower.count == 7, let value = Int(lower.dropFirst(), radix: 16) {
            self = .rgb(red: value >> 16 & 0xFF, green: value >> 8 & 0xFF, blue: value & 0xFF)
            return
        }
        if let index = Int(lower), (0...255).contains(index) { self = .indexed(index); return }
        return nil
    }

    /// The colour number to use on a terminal with `colors` colours (8, 16, 256 or more);
    /// -1 for the terminal's default.
    public func number(forColors colors: Int) -> Int {
        switch self {
        case .terminalDefault:
            return -1
        case .ansi(let n):
            return colors >= 16 ? n : n % 8
        case .indexed(let n):
            if colors >= 256 || (colors >= 16 && n < 16) { return n }
            if n < 16 { return n % 8 }
            return Color.nearestANSI(to: Color.rgbOfIndex(n), count: colors >= 16 ? 16 : 8)
        case .rgb(let r, let g, let b):
            if colors >= 256 { return Color.nearest256(r, g, b) }
            return Color.nearestANSI(to: (r, g, b), count: colors >= 16 ? 16 : 8)
        }
    }

    /// xterm's default RGB values of the 16 ANSI colours.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgbOfIndex(_ n: Int) -> (Int, Int, Int) {
        if n < 16 { return ansiRGB[n] }
        if n >= 232 { let v = 8 + (n - 232) * 10; return (v, v, v) }
        let c = n - 16
        return (cubeLevels[c / 36], cubeLevels[c / 6 % 6], cubeLevels[c % 6])
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        // Weighted for the eye's sensitivity (green most, blue least).
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }

    static func nearestANSI(to rgb: (Int, Int, Int), count: Int) -> Int {
        var best = 0
        for index in 1..<count where distance(rgb, ansiRGB[index]) < distance(rgb, ansiRGB[best]) {
            best = index
        }
        return best
    }

    /// Nearest of the 6×6×6 cube and the 24 greys (indices 16–255).
    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        func level(_ v: Int) -> Int {
            var best = 0
            for i in 1..<6 where abs(cubeLevels[i] - v) < abs(cubeLevels[best] - v) { best = i }
            return best
        }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let average = (r + g + b) / 3
        let greyStep = max(0, min(23, (average - 8 + 5) / 10))
        let grey = 232 + greyStep
        return distance((r, g, b), rgbOfIndex(grey)) < distance((r, g, b), rgbOfIndex(cube)) ? grey : cube
    }
}
