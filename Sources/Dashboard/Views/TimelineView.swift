import CaseDomain
import ScreenKit

/// One row of the timeline: an event, or a deadline the rules derived.
public enum TimelineRow: Hashable, Sendable {
    case event(TimelineEvent)
    case deadline(DeadlineItem)

    var date: CivilDate {
        switch self {
        case .event(let event): event.date
        case .deadline(let item): item.due
        }
    }
}

/// The timeline pane: events and deadlines interleaved by date, past and future.
enum TimelineView {
    static func rows(_ detail: CaseDetail?) -> [TimelineRow] {
        guard let detail else { return [] }
        let events = detail.file.events.chronological.map(TimelineRow.event)
        let deadlines = detail.deadlines.sorted(by: DeadlineItem.dueOrder).map(TimelineRow.deadline)
        // A stable merge: on one date, events come before the deadlines due that day.
        var result: [TimelineRow] = []
        var i = 0, j = 0
        while i < events.count || j < deadlines.count {
            if j >= deadlines.count || (i < events.count && events[i].date <= deadlines[j].date) {
                result.append(events[i]); i += 1
            } else {
                result.append(deadlines[j]); j += 1
            }
        }
        return result
    }

    static func lines(_ state: DashboardState) -> [PaneLine] {
        let symbols = Symbols.forMode(ascii: state.ascii)
        return rows(state.detail).map { line(for: $0, today: state.today, symbols: symbols, ascii: state.ascii) }
    }

    static func line(for row: TimelineRow, today: CivilDate, symbols: Symbols, ascii: Bool) -> PaneLine {
        switch row {
        case .deadline(let item):
            let look = DeadlinePresentation(item, symbols: symbols)
            return PaneLine([Span(item.due.iso + " ", .dim), Span(look.symbol + " ", look.role),
                             Span(Formatting.safe(item.title, ascii: ascii), look.role)],
                            right: [Span(look.word, look.role)])
        case .event(let event):
            let isFuture = event.date >= today
            let isHearing = event.isScheduledAppointment && isFuture
            let role: Role = isHearing ? .eventHearing : (isFuture ? .eventFuture : .eventPast)
            var title = event.kind.label
            if let outcome = event.outcome { title += ": " + outcome.rawValue }
            if let own = event.title, !own.isEmpty, own != event.kind.label {
                title += " " + symbols.separator + " " + Formatting.safe(own, ascii: ascii)
            }
            var right: [Span] = []
            if event.kind.isHearing, event.hearingStatus != .scheduled {
                right = [Span(event.hearingStatus.rawValue, .dim)]
            } else if isFuture {
                let when = (event.time.map { $0.text + " " } ?? "") + Formatting.relative(today.days(until: event.date))
                right = [Span(when, role)]
            }
            return PaneLine([Span(event.date.iso + " ", .dim), Span((isHearing ? symbols.hearing : " ") + " ", role),
                             Span(title, role)], right: right)
        }
    }
}
