import CaseDomain
import ScreenKit

/// How a computed deadline is shown: a role (colour), a symbol and a word, so that the meaning never
/// rests on colour alone.
struct DeadlinePresentation {
    var role: Role
    var symbol: String
    var word: String

    init(_ item: DeadlineItem, symbols: Symbols) {
        self.init(state: item.state, days: item.daysLeft, symbols: symbols)
    }

    init(state: DeadlineState, days: Int, symbols: Symbols) {
        switch state {
        case .open:
            let soon = days <= 7
            role = soon ? .deadlineSoon : .deadlineUpcoming
            symbol = soon ? symbols.soon : symbols.upcoming
            word = days == 0 ? "due today" : "in \(days)d"
        case .missed:
            role = .deadlineOverdue
            symbol = symbols.overdue
            word = "overdue \(-days)d"
        case .met:
            role = .deadlineMet
            symbol = symbols.met
            word = "met"
        case .late:
            role = .deadlineMet
            symbol = symbols.met
            word = "filed late"
        case .lapsed:
            role = .deadlineLapsed
            symbol = symbols.lapsed
            word = "lapsed"
        case .upcoming:
            role = .deadlineEligibility
            symbol = symbols.eligibility
            word = "eligible in \(days)d"
        case .reached:
            role = .deadlineEligibility
            symbol = symbols.eligibility
            word = "eligible"
        }
    }

    /// The compact form of the case list (`MCH 3d`, `IH -12d`) for a pending deadline: open, or
    /// missed once its day has passed.
    static func compact(rule: RuleID, daysLeft: Int, symbols: Symbols) -> [Span] {
        let look = DeadlinePresentation(state: daysLeft < 0 ? .missed : .open, days: daysLeft, symbols: symbols)
        let days = daysLeft == 0 ? "today" : "\(daysLeft)d"
        return [Span(look.symbol + Formatting.shortLabel(rule) + " " + days, look.role)]
    }
}
