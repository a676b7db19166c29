import ScreenKit

/// The staff directory or the store settings, as the command line prints them, with how to change them.
enum AdminView {
    static func lines(_ state: DashboardState) -> [PaneLine] {
        guard let panel = state.admin else { return [] }
        if let failure = panel.failure { return [PaneLine(failure, .error)] }
        guard let shown = panel.lines else { return [PaneLine("Reading…", .dim)] }
        var lines = shown.map { PaneLine(Formatting.safe($0, ascii: state.ascii), .overlay) }
        if shown.isEmpty { lines.append(PaneLine("No one in the directory: every account may do everything", .dim)) }
        lines.append(PaneLine(""))
        switch panel.topic {
        case .staff:
            lines.append(PaneLine(":staff add LOGIN ROLE INITIALS NAME   :staff remove LOGIN", .dim))
        case .settings:
            lines.append(PaneLine(":settings KEY VALUE   :settings closures add DATE REASON   :settings closures remove DATE", .dim))
        }
        lines.append(PaneLine("a opens a form for the same change.", .dim))
        lines.append(PaneLine("Changes are audited; they need the attorney or admin role.", .dim))
        return lines
    }
}
