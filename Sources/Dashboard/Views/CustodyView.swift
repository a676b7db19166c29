import CaseDomain
import ScreenKit

/// The custody pane: the current status with what matters for it, days detained, the next check-in,
/// the sponsor, then the history.
enum CustodyView {
    static func role(for status: CustodyStatus) -> Role {
        switch status {
        case .cbpCustody, .iceDetained: .custodyDetained
        case .paroled, .bond, .recognizance, .supervision, .notDetained: .custodyReleased
        case .mpp, .removed: .custodyRemoved
        }
    }

    static func symbol(for status: CustodyStatus, _ symbols: Symbols) -> String {
        switch status {
        case .cbpCustody, .iceDetained: symbols.detained
        case .mpp, .removed: symbols.removed
        case .paroled, .bond, .recognizance, .supervision, .notDetained: symbols.released
        }
    }

    static func lines(_ state: DashboardState) -> [PaneLine] { rows(state).map(\.line) }

    /// The period each line of the pane is about, in step with `lines`: the current status's lines are
    /// the current period's, each history line its period's (nil on the headings), so `e` corrects the
    /// period selected.
    static func linePeriods(_ state: DashboardState) -> [CustodyPeriod?] { rows(state).map(\.period) }

    private static func rows(_ state: DashboardState) -> [(line: PaneLine, period: CustodyPeriod?)] {
        guard let file = state.detail?.file else { return [] }
        let symbols = Symbols.forMode(ascii: state.ascii)
        guard let current = file.currentCustody else {
            return [(PaneLine("No custody recorded", .dim), nil)] + history(file, state: state, symbols: symbols)
        }
        return currentLines(current, file: file, state: state, symbols: symbols).map { ($0, current) }
            + history(file, state: state, symbols: symbols)
    }

    private static func currentLines(_ current: CustodyPeriod, file: CaseFile, state: DashboardState,
                                     symbols: Symbols) -> [PaneLine] {
        let ascii = state.ascii
        func safe(_ text: String) -> String { Formatting.safe(text, ascii: ascii) }
        var lines: [PaneLine] = []
        let role = role(for: current.status)
        var headline = current.status.label + " since " + current.from.iso
        if current.status.isDetention, let place = current.place { headline += " (" + safe(place) + ")" }
        lines.append(PaneLine([Span(symbol(for: current.status, symbols) + " ", role), Span(headline, role)]))
        let days = file.custody.daysDetained(asOf: state.today)
        if days > 0 {
            lines.append(PaneLine([Span("  "), Span("\(days) days detained", current.status.isDetention ? .custodyDetained : .text)]))
        }
        if let authority = current.authority { lines.append(PaneLine("  Authority: " + safe(authority))) }
        if let bond = current.bondAmount { lines.append(PaneLine("  Bond: $\(bond)" + (current.obligor.map { ", obligor " + safe($0) } ?? ""))) }
        if let eligible = current.bondEligible { lines.append(PaneLine("  Bond eligible: " + (eligible ? "yes" : "no"))) }
        if let expiry = current.paroleExpiry {
            lines.append(PaneLine([Span("  Parole expires " + expiry.iso)],
                                  right: [Span(Formatting.relative(state.today.days(until: expiry)), .dim)]))
        }
        if let atd = current.atd { lines.append(PaneLine("  ATD: " + atd.rawValue)) }
        if let checkIn = current.nextCheckIn {
            let days = state.today.days(until: checkIn)
            lines.append(PaneLine([Span("  Next ICE check-in: " + Formatting.shortDate(checkIn), days <= 3 ? .deadlineSoon : .text)],
                                  right: [Span(Formatting.relative(days), days <= 3 ? .deadlineSoon : .dim)]))
        }
        if let sponsor = current.sponsor {
            let name = Formatting.name(sponsor.name, latin: nil, ascii: ascii)
            lines.append(PaneLine("  Sponsor: " + name + (sponsor.relation.map { " (" + safe($0) + ")" } ?? "")))
        }
        if let conditions = current.conditions { lines.append(PaneLine("  Conditions: " + safe(conditions))) }
        return lines
    }

    private static func history(_ file: CaseFile, state: DashboardState,
                                symbols: Symbols) -> [(line: PaneLine, period: CustodyPeriod?)] {
        guard !file.custody.isEmpty else { return [] }
        var lines: [(line: PaneLine, period: CustodyPeriod?)] = [(PaneLine("History", .title), nil)]
        for period in file.custody.chronological {
            let span = period.from.iso + " " + symbols.arrow + " " + (period.to?.iso ?? "now       ")
            var what = period.status.label
            if let place = period.place { what += " " + symbols.separator + " " + Formatting.safe(place, ascii: state.ascii) }
            lines.append((PaneLine([Span("  " + span + "  ", .dim), Span(what, role(for: period.status))]), period))
        }
        return lines
    }
}
