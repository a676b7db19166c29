import CaseDomain
import DashboardTestSupport
import ScreenKit
import Testing
@testable import Dashboard

/// The list's light rows: what they keep of a case, and a list of many of them.
@Suite struct CaseRowTests {
    @Test("A row keeps the next pending deadline and detention from the digest")
    func fromSummary() throws {
        let source = DemoDataSource()
        let rows = try source.caseRows()
        let ivanov = try #require(rows.first { $0.matter == "2026-0142" })
        #expect(ivanov.clientName == "Дмитрий Иванов" && ivanov.latinName == "Dmitrii Ivanov")
        #expect(ivanov.nextDeadlineRule == .prehearingMaster)
        #expect(ivanov.nextDeadlineDue == CivilDate(iso: "2026-11-18"))
        #expect(rows.contains { $0.isDetained })
        #expect(rows.contains { !$0.isOpen && $0.nextDeadlineDue == nil })
    }

    @Test("A pending deadline shows as missed once its day has passed, as open until then")
    func compactStates() {
        let symbols = Symbols.forMode(ascii: false)
        #expect(DeadlinePresentation.compact(rule: .biaAppeal, daysLeft: -2, symbols: symbols)
            == [Span("✗BIA -2d", .deadlineOverdue)])
        #expect(DeadlinePresentation.compact(rule: .biaAppeal, daysLeft: 0, symbols: symbols)
            == [Span("⚑BIA today", .deadlineSoon)])
        #expect(DeadlinePresentation.compact(rule: .biaAppeal, daysLeft: 30, symbols: symbols).first?.role == .deadlineUpcoming)
    }

    /// `count` rows numbered from 1, every seventh with a Cyrillic name, due dates spread over a year.
    static func manyRows(_ count: Int) -> [CaseRow] {
        (1...count).map { n in
            let cyrillic = n % 7 == 0
            return CaseRow(matter: String(format: "2026-%06d", n), clientName: cyrillic ? "Пётр Смирнов\(n)" : "Client \(n)",
                           latinName: cyrillic ? "Petr Smirnov\(n)" : nil, aNumber: nil, nationality: nil, paralegal: nil,
                           isOpen: true, version: 1,
                           nextDeadlineDue: n % 3 == 0 ? nil : SampleCases.today.adding(days: n % 365 - 30),
                           nextDeadlineRule: n % 3 == 0 ? nil : .eoir33, isDetained: n % 11 == 0)
        }
    }

    @Test("20,000 rows: moving, jumping to the end, filtering by either script, sorting by name")
    func manyCases() {
        var state = DashboardState(storeName: "big", user: "mreyes", today: SampleCases.today,
                                   size: Size(columns: 120, rows: 40))
        _ = state.update(.casesLoaded(Self.manyRows(20_000)))
        #expect(state.visibleCases.count == 20_000)
        let first = state.selectedMatter
        _ = state.handle(.character("j"))
        #expect(state.selectedCaseIndex == 1 && state.selectedMatter != first)
        _ = state.handle(.character("G"))
        #expect(state.selectedCaseIndex == 19_999)
        let screen = ScreenText.render(state, size: state.size)
        #expect(screen.contains("Cases 20000 by next"))
        #expect(screen.contains("▶" + (state.selectedMatter ?? "?")))
        for key in [Key.character("/")] + typing("смирнов1400") { _ = state.handle(key) }
        #expect(state.visibleCases.map(\.matter).sorted() == ["2026-001400", "2026-014000", "2026-014007"])
        _ = state.handle(.escape)
        for key in [Key.character("/")] + typing("smirnov14000") { _ = state.handle(key) }
        #expect(state.visibleCases.map(\.matter) == ["2026-014000"])
        _ = state.handle(.escape)
        _ = state.update(.startCommand)
        for key in typing("sort name") + [.enter] { _ = state.handle(key) }
        #expect(state.visibleCases.count == 20_000)
        #expect(state.visibleCases.first?.clientName == "Client 1")
    }

    @Test("Ctrl-C cancels what there is to cancel, then quits")
    func controlC() {
        var (state, _) = sampleState(keys: [.enter])
        #expect(state.focus.isDetail)
        #expect(state.handle(.ctrl("c")).isEmpty)
        #expect(state.focus == .cases)
        _ = state.handle(.character("/"))
        #expect(state.handle(.ctrl("c")).isEmpty)
        #expect(state.input == nil)
        #expect(state.handle(.ctrl("c")) == [.quit])
        #expect(state.handle(.escape).isEmpty)
    }
}
