import ArgumentParser
import CaseDomain
import Dashboard

/// `casedesk themes`: the themes found and where.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes found and where each one is.",
        discussion: """
            Themes are looked up in $CASEDESK_THEMES, $XDG_CONFIG_HOME/casedesk/themes, the installed \
            share/casedesk/themes, the repository's Themes/ folder, and the built-in default.
            """)

    func run() throws {
        var out = ""
        for listing in ThemeCatalog().list() {
            out += "\(listing.name)\t\(listing.path ?? "(built in)")\t\(listing.origin)\n"
        }
        Streams.out(TextSafety.display(out, keepingLineBreaks: true))
    }
}
