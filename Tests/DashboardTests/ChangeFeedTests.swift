import CaseDomain
import Testing
@testable import Dashboard
import DashboardTestSupport
import ScreenKit

/// The list following the store's change feed: rows merged in place, not reloaded.
@Suite struct ChangeFeedTests {
    /// The samples loaded with a feed token, as after the loop's first whole list.
    func following(keys: [Key] = []) -> DashboardState {
        var (state, _) = sampleState(keys: keys)
        _ = state.update(.casesLoaded(SampleCases.rows, token: FeedToken(1)))
        return state
    }

    func row(_ matter: String) -> CaseRow? { SampleCases.rows.first { $0.matter == matter } }

    @Test("A changed row is merged in place: the others keep their order, the selection stays, the open case reloads")
    func changedInPlace() throws {
        var state = following(keys: [.character("j")])
        #expect(state.selectedMatter == "2026-0150")
        var orlov = try #require(row("2026-0131"))
        orlov.clientName = "Алексей Орловский"
        orlov.version += 1
        orlov.nextDeadlineDue = CivilDate(iso: "2026-11-01")
        var nunez = try #require(row("2026-0150"))
        nunez.version += 1
        let effects = state.update(.changesLoaded(FeedChanges(token: FeedToken(2), changedRows: [orlov, nunez])))
        #expect(state.visibleCases.map(\.matter) == ["2026-0131", "2026-0142", "2026-0150", "2026-0139", "2025-0077"])
        #expect(state.allCases.first { $0.matter == "2026-0131" }?.clientName == "Алексей Орловский")
        #expect(state.selectedMatter == "2026-0150")
        #expect(effects == [.reloadReviewProgress, .loadCase(matter: "2026-0150")])
        #expect(state.feedToken == FeedToken(2))
        #expect(state.clockEffects == [.checkChanges(since: FeedToken(2)), .checkToday(current: SampleCases.today)])
    }

    @Test("The filter applies to merged rows; a removed selected case hands the selection to its neighbour")
    func filterAndRemoval() throws {
        var state = following(keys: [.character("/")] + typing("о") + [.enter])
        let shown = state.visibleCases.map(\.matter)
        #expect(shown.count >= 2)
        let selected = try #require(state.selectedMatter)
        let selectedID = try #require(state.selectedID)
        let index = try #require(state.selectedCaseIndex)
        var added = try #require(row("2026-0131"))
        added.matter = "2026-0200"
        added.clientName = "Ольга Новикова"
        let effects = state.update(.changesLoaded(FeedChanges(token: FeedToken(2), changedRows: [added], removed: [selectedID])))
        #expect(!state.visibleCases.contains { $0.matter == selected })
        #expect(state.visibleCases.contains { $0.matter == "2026-0200" })
        #expect(state.filter.query == "о")
        let now = try #require(state.selectedMatter)
        #expect(now == state.visibleCases[min(index, state.visibleCases.count - 1)].matter)
        #expect(effects == [.reloadReviewProgress, .loadCase(matter: now)])
    }

    @Test("Merging gives the list a reload would, in every order, filtered or not")
    func mergeEqualsReload() {
        var generator = SplitMix(seed: 7)
        let base = (0..<300).map { n in Self.syntheticRow(n, generator: &generator) }
        for sort in CaseSort.allCases {
            for query in ["", "a"] {
                var merged = DashboardState(storeName: "s", user: "u", today: SampleCases.today, size: Size(columns: 120, rows: 40))
                merged.sort = sort
                _ = merged.update(.casesLoaded(base, token: FeedToken(0)))
                if !query.isEmpty { _ = merged.applyFilter(query) }
                var rows = base
                for round in 1...20 {
                    var changed: [CaseRow] = []
                    var removed: Set<CaseID> = []
                    for _ in 0..<Int(generator.next() % 6) {
                        let at = Int(generator.next() % UInt64(rows.count))
                        rows[at] = Self.syntheticRow(Int(generator.next() % 1000), generator: &generator, matter: rows[at].matter)
                        changed.append(rows[at])
                    }
                    // A feed may name a case twice, or a row that did not change at all.
                    if let again = changed.last, generator.next() % 3 == 0 { changed.append(again) }
                    if let same = rows.randomElement(using: &generator), generator.next() % 3 == 0 { changed.append(same) }
                    if generator.next() % 3 == 0, let gone = rows.indices.randomElement(using: &generator) {
                        removed.insert(rows[gone].id)
                        changed.removeAll { $0.matter == rows[gone].matter }
                        rows.remove(at: gone)
                    }
                    if generator.next() % 3 == 0 {
                        let new = Self.syntheticRow(2000 + round, generator: &generator)
                        rows.append(new)
                        changed.append(new)
                    }
                    _ = merged.update(.changesLoaded(FeedChanges(token: FeedToken(round), changedRows: changed, removed: removed)))
                }
                var reloaded = DashboardState(storeName: "s", user: "u", today: SampleCases.today, size: Size(columns: 120, rows: 40))
                reloaded.sort = sort
                _ = reloaded.update(.casesLoaded(rows.shuffled(using: &generator)))
                if !query.isEmpty { _ = reloaded.applyFilter(query) }
                #expect(merged.visibleCases.map(\.matter) == reloaded.visibleCases.map(\.matter), "sort \(sort), filter \"\(query)\"")
                let same = merged.visibleCases == reloaded.visibleCases
                #expect(same, "the rows differ: sort \(sort), filter \"\(query)\"")
            }
        }
    }

    static func syntheticRow(_ n: Int, generator: inout SplitMix, matter: String? = nil) -> CaseRow {
        let names = ["Ana Lima", "Олег Ким", "Li Wei", "Amir Said", "Zoe Adams", "Иван Ли"]
        let due = generator.next() % 4 == 0 ? nil : CivilDate(dayNumber: 20_000 + Int(generator.next() % 40))
        return CaseRow(matter: matter ?? String(format: "M-%04d", n), clientName: names[Int(generator.next() % 6)],
                       latinName: nil, aNumber: nil, nationality: nil, paralegal: nil, isOpen: true,
                       version: Int(generator.next() % 100), nextDeadlineDue: due, nextDeadlineRule: nil, isDetained: false)
    }

    @Test("Settings changing reload everything; marks only the review count; an empty answer nothing")
    func wholeScreenChanges() {
        var state = following(keys: [.character("j")])
        #expect(state.update(.changesLoaded(FeedChanges(token: FeedToken(2), settingsChanged: true)))
                == [.reloadList, .reloadReviewProgress, .loadCase(matter: "2026-0150")])
        #expect(state.update(.changesLoaded(FeedChanges(token: FeedToken(3), marksChanged: true))) == [.reloadReviewProgress])
        #expect(state.update(.changesLoaded(FeedChanges(token: FeedToken(4)))).isEmpty)
        #expect(state.feedToken == FeedToken(4))
        // A feed that cannot say what changed has everything read again (the list brings a new token).
        #expect(MemoryFeed(FeedChanges(token: FeedToken(4), reloadEverything: true)).answer(.changes(since: FeedToken(4)))
                == [.dataChanged])
        #expect(MemoryFeed(FeedChanges(token: FeedToken(4))).answer(.changes(since: FeedToken(4))).isEmpty)
        #expect(MemoryFeed(FeedChanges(token: FeedToken(5))).answer(.changes(since: FeedToken(4)))
                == [.changesLoaded(FeedChanges(token: FeedToken(5)))])
    }

    @Test("A notification asks the feed at once, but only once the whole list is there to merge into")
    func notified() {
        var (partial, _) = sampleState()
        #expect(partial.update(.storeNotified).isEmpty)
        #expect(partial.clockEffects == [.checkToday(current: SampleCases.today)])
        var state = following()
        #expect(state.update(.storeNotified) == [.checkChanges(since: FeedToken(1))])
    }
}

extension DashboardState {
    /// What a clock tick asks of the store.
    var clockEffects: [Effect] {
        var copy = self
        return copy.update(.clockTick(idleSeconds: 0))
    }
}

/// The samples with a feed that answers `changes` as told.
struct MemoryFeed: DashboardDataSource {
    let storeName = "feed", isReadOnly = false
    let answer: FeedChanges
    init(_ answer: FeedChanges) { self.answer = answer }
    func today() throws -> CivilDate { SampleCases.today }
    func caseRows() throws -> [CaseRow] { SampleCases.rows }
    func loadCase(id: CaseID) throws -> CaseFile? { nil }
    func deadlines(for file: CaseFile, today: CivilDate) throws -> [DeadlineItem] { [] }
    func rule(_ id: RuleID) -> DeadlineRule? { nil }
    func changeToken() throws -> FeedToken { answer.token }
    func changes(since token: FeedToken) throws -> FeedChanges { answer }
    func reviewProgress(user: String, today: CivilDate) throws -> ReviewProgress? { nil }
}

/// A small deterministic generator for the merge trials.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
