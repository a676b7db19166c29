import CaseDomain
import ScreenKit

/// The queue's lines as the review view draws them.
enum ReviewLines {
    static func lines(_ state: DashboardState, _ screen: ReviewScreen, symbols: Symbols) -> [PaneLine] {
        var lines: [PaneLine] = []
        let items = screen.items
        let everyone = screen.queue?.scope == .everyone || screen.queue?.scope == .firm
        for section in ReviewSection.allCases {
            let inSection = items.filter { $0.section == section }
            lines.append(PaneLine([Span(section.title, .title), Span(" (\(inSection.count))", .dim)]))
            if inSection.isEmpty { lines.append(PaneLine("   nothing", .dim)) }
            for item in inSection {
                lines.append(line(item, state: state, screen: screen, everyone: everyone, symbols: symbols))
            }
        }
        return lines
    }

    static func line(_ item: ReviewItem, state: DashboardState, screen: ReviewScreen, everyone: Bool,
                     symbols: Symbols) -> PaneLine {
        let mark = item.reviewed ? "[" + symbols.met + "]" : "[ ]"
        let name = Formatting.name(item.clientName, latin: item.latinName, ascii: state.ascii)
        var left = [Span(" " + mark + " ", item.reviewed ? .deadlineMet : .text),
                    Span(Formatting.safe(item.matter, ascii: state.ascii) + "  ", .bannerMatter),
                    Span(name + "  "),
                    Span(Formatting.safe(item.title, ascii: state.ascii))]
        if everyone, let paralegal = item.paralegal {
            left.insert(Span(Formatting.safe(paralegal, ascii: state.ascii) + "  ", .dim), at: 2)
        }
        var right: [Span] = []
        if let why = why(item, today: state.today) { right.append(why) }
        if screen.queue?.scope == .everyone, screen.queue?.viewerMarks.contains(item.id) == true {
            right.append(Span(" you " + symbols.met, .deadlineMet))
        }
        return PaneLine(left, right: right)
    }

    /// Why the item is there, in words (never colour alone).
    static func why(_ item: ReviewItem, today: CivilDate) -> Span? {
        switch item.detail {
        case .deadline(let deadline):
            let days = deadline.daysLeft
            if days < 0 { return Span("OVERDUE \(-days)d", .deadlineOverdue) }
            if days == 0 { return Span("due TODAY", .deadlineOverdue) }
            return Span("in \(days)d", days <= 7 ? .deadlineSoon : .deadlineUpcoming)
        case .hearing(let appointment):
            return Span(Formatting.relative(today.days(until: appointment.date)), .eventHearing)
        case .detained(_, let days): return Span("\(days) days detained", .custodyDetained)
        case .checkIn(let date): return Span(Formatting.relative(today.days(until: date)), .deadlineSoon)
        case .evidence(_, let missing, let untranslated):
            return Span("\(missing) missing, \(untranslated) untranslated", .evidenceMissing)
        case .stale(_, let days): return Span("\(days) days", .dim)
        }
    }
}
