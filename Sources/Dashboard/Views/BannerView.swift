import CaseDomain
import ScreenKit

/// The open case in one line: matter, name (with its Latin spelling), A-number, nationality, grounds.
enum BannerView {
    static func draw(_ state: DashboardState, rect: Rect, symbols: Symbols, into screen: inout Screen) {
        guard rect.width > 0, let file = state.detail?.file else { return }
        let ascii = state.ascii
        let sep = " " + symbols.separator + " "
        var spans = [Span(" "), Span(Formatting.safe(file.matter, ascii: ascii), .bannerMatter)]
        var name = Formatting.name(file.client.name, latin: file.client.latinName, ascii: ascii)
        if !ascii, let latin = file.client.latinName, !latin.isEmpty, latin != file.client.name {
            name += " (" + Formatting.safe(latin, ascii: false) + ")"
        }
        spans.append(Span(sep + name, .banner))
        if let detail = state.detail, !detail.refusedValues.isEmpty {
            spans.append(Span(sep + "holds text casedesk would not accept", .error))
        }
        var facts: [String] = []
        if let number = file.client.aNumber { facts.append(number.display) }
        if let nationality = file.client.nationality { facts.append(Formatting.safe(nationality, ascii: ascii)) }
        if !file.grounds.isEmpty { facts.append(file.grounds.map(\.label).joined(separator: ", ")) }
        if let docket = file.docket { facts.append(docket.rawValue) }
        if !file.isOpen { facts.append("closed") }
        if !facts.isEmpty { spans.append(Span(sep + facts.joined(separator: sep), .dim)) }
        PaneLine(spans).draw(into: &screen, row: rect.y, column: rect.x, width: rect.width, ellipsis: symbols.ellipsis)
    }
}

/// The privacy screen after `idleLockMinutes` without a key: no client data at all.
enum PrivacyView {
    static func draw(_ state: DashboardState, into screen: inout Screen) {
        let lines = [
            "Locked after \(state.idleLockMinutes) minutes without a key.",
            "Press any key to continue.",
        ]
        let top = max(1, (state.size.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (state.size.columns - DisplayWidth.of(line)) / 2)
            screen.put(line, row: top + index, column: x, role: index == 0 ? .privacy : .dim)
        }
    }
}
