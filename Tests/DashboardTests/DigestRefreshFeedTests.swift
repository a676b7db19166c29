import CaseDomain
import Testing
@testable import Dashboard
import DashboardTestSupport

/// Rows whose stored digests were refreshed behind the screen: merged like changes, nothing else read again.
@Suite struct DigestRefreshFeedTests {
    @Test("A refreshed row moves to its new place; the open case and the review count are not read again")
    func refreshedRowsMerge() throws {
        var (state, _) = sampleState(keys: [])
        _ = state.update(.casesLoaded(SampleCases.rows, token: FeedToken(1)))
        let selected = state.selectedMatter
        var refreshed = try #require(SampleCases.rows.first { $0.matter == "2025-0077" })
        refreshed.nextDeadlineDue = CivilDate(iso: "2026-01-01")
        let effects = state.update(.changesLoaded(FeedChanges(token: FeedToken(1), refreshedRows: [refreshed])))
        #expect(effects.isEmpty)
        #expect(state.visibleCases.first?.matter == "2025-0077")
        #expect(state.allCases.first { $0.matter == "2025-0077" }?.nextDeadlineDue == CivilDate(iso: "2026-01-01"))
        #expect(state.selectedMatter == selected)
    }

    @Test("A row whose name changed is found by its new name, not its old one")
    func renamedRowKeys() throws {
        var row = try #require(SampleCases.rows.first { $0.matter == "2026-0131" })
        row.clientName = "Ольга Новикова"
        row.latinName = "Olga Novikova"
        #expect(CaseFilter("novikova").matches(row))
        #expect(CaseFilter("Новикова").matches(row))
        #expect(!CaseFilter("orlov").matches(row))
        #expect(row.sortKey == "olga novikova")
    }
}
