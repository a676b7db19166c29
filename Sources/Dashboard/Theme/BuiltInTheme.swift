/// The theme compiled into the program: used when no theme file is found or a theme is malformed.
/// Its text is `Themes/default.toml` exactly (a test keeps the two equal).
public enum BuiltInTheme {
    public static let name = "default"
    /// What errors in the built-in theme name as its file.
    static let sourcePath = "<built-in default>"

    /// The resolved built-in theme.
    public static let theme: Theme = {
        do {
            let source = try ThemeParser.parse(toml, path: sourcePath)
            return try ThemeResolver.resolve(source, name: name) { parent throws(ThemeError) in
                throw ThemeError(path: sourcePath, message: "cannot inherit \"\(parent)\"")
            }
        } catch {
            return Theme(name: name, styles: [:])
        }
    }()

    static let toml = #"""
# casedesk default theme: the terminal's own colours plus a few ANSI accents, so it reads on dark and
# light backgrounds and in 8, 16 or 256 colours. Colour never carries meaning alone: every state also
# shows a symbol or a word. Keys: Themes/README.md.

"default" = "default"
"ui.dim" = { modifiers = ["dim"] }
"ui.header" = { fg = "black", bg = "cyan" }
"ui.header.badge" = { fg = "black", bg = "cyan", modifiers = ["bold"] }
"ui.header.readonly" = { fg = "white", bg = "red", modifiers = ["bold"] }
"ui.border" = { modifiers = ["dim"] }
"ui.border.focused" = { fg = "cyan", modifiers = ["bold"] }
"ui.title" = { modifiers = ["bold"] }
"ui.title.focused" = { fg = "cyan", modifiers = ["bold", "underline"] }
"ui.selection" = { modifiers = ["reverse"] }
"ui.selection.unfocused" = { modifiers = ["underline"] }
"ui.hint" = "default"
"ui.hint.key" = { fg = "cyan", modifiers = ["bold"] }
"ui.hint.disabled" = { modifiers = ["dim"] }
"ui.input" = { fg = "yellow", modifiers = ["bold"] }
"ui.notice" = { fg = "yellow", modifiers = ["bold"] }
"ui.error" = { fg = "red", modifiers = ["bold"] }
"ui.overlay" = "default"
"ui.overlay.border" = { fg = "cyan", modifiers = ["bold"] }
"ui.privacy" = { modifiers = ["bold"] }
"case.banner" = { modifiers = ["bold"] }
"case.banner.matter" = { fg = "cyan", modifiers = ["bold"] }
"event.past" = "default"
"event.future" = "default"
"event.hearing" = { fg = "magenta", modifiers = ["bold"] }
"deadline" = "yellow"
"deadline.overdue" = { fg = "red", modifiers = ["bold"] }
"deadline.soon" = { fg = "yellow", modifiers = ["bold"] }
"deadline.upcoming" = "yellow"
"deadline.met" = "green"
"deadline.lapsed" = { modifiers = ["dim"] }
"deadline.eligibility" = "cyan"
"custody.detained" = { fg = "red", modifiers = ["bold"] }
"custody.released" = "green"
"custody.removed" = "magenta"
"evidence.done" = "green"
"evidence.missing" = "red"
"evidence.progress" = "yellow"
"evidence.translation" = "magenta"
"evidence.meter.filled" = "green"
"evidence.meter.empty" = { modifiers = ["dim"] }
"""#
}
