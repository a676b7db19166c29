import CNcursesw
import ScreenKit

/// Turns roles into ncurses attributes and colour pairs for one palette and colour depth, allocating
/// each pair once (`alloc_pair`) and never repainting the user's palette (`init_color` is not used).
struct StylePalette {
    let palette: Palette
    /// 0 when colour is off (NO_COLOR, or the terminal has none): attributes only.
    let colors: Int
    private var cache: [Role: (attrs: attr_t, pair: Int32)] = [:]

    init(palette: Palette, colors: Int) {
        self.palette = colors > 0 ? palette : palette.withoutColour
        self.colors = colors
    }

    mutating func attributes(for role: Role) -> (attrs: attr_t, pair: Int32) {
        if let known = cache[role] { return known }
        let style = palette.style(for: role)
        var attrs = nc_a_normal()
        for modifier in style.modifiers {
            switch modifier {
            case .bold: attrs |= nc_a_bold()
            case .dim: attrs |= nc_a_dim()
            case .reverse: attrs |= nc_a_reverse()
            case .underline: attrs |= nc_a_underline()
            case .italic: attrs |= nc_a_italic()
            }
        }
        var pair: Int32 = 0
        if colors > 0, style.foreground != nil || style.background != nil {
            let fg = style.foreground?.number(forColors: colors) ?? -1
            let bg = style.background?.number(forColors: colors) ?? -1
            let allocated = alloc_pair(Int32(fg), Int32(bg))
            pair = allocated > 0 ? allocated : 0
        }
        cache[role] = (attrs, pair)
        return (attrs, pair)
    }
}
