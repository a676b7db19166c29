import CaseDomain
import Testing
@testable import Dashboard
import DashboardTestSupport
import ScreenKit

/// The list's rows in chunks: a change copies one chunk, states that share the rest compare equal where
/// they are, and an older state keeps its rows.
@Suite struct RowChunksTests {
    func rows(_ count: Int, seed: UInt64 = 11) -> [CaseRow] {
        var generator = SplitMix(seed: seed)
        return (0..<count).map { ChangeFeedTests.syntheticRow($0, generator: &generator) }
    }

    @Test("Rows across chunk boundaries read back in order; appends fill the last chunk, then open the next")
    func readsBackAndAppends() {
        let all = rows(2049)
        var chunks = RowChunks(all.prefix(1023))
        #expect(Array(chunks) == Array(all.prefix(1023)))
        for row in all.dropFirst(1023) { chunks.append(row) }
        #expect(chunks.count == 2049)
        #expect(Array(chunks) == all)
        #expect(chunks == RowChunks(all))
        #expect(RowChunks(all.prefix(2048)) != chunks)
    }

    @Test("A replaced row changes the copy only; the two differ, and equal ones are equal however they are held")
    func valueSemantics() {
        let all = rows(3000)
        let before = RowChunks(all)
        var after = before
        var changed = all[2500]
        changed.clientName = "Changed Name"
        after[2500] = changed
        #expect(before[2500] == all[2500])
        #expect(after[2500].clientName == "Changed Name")
        #expect(before != after)
        var rebuilt = all
        rebuilt[2500] = changed
        #expect(RowChunks(rebuilt) == after)
        #expect(before.hashValue == RowChunks(all).hashValue)
    }

    @Test("Merging into 2,500 rows in every order gives a reload's list, and the state kept from before is untouched")
    func mergeAcrossChunks() {
        var generator = SplitMix(seed: 5)
        let base = rows(2500, seed: 3)
        for sort in CaseSort.allCases {
            var merged = DashboardState(storeName: "s", user: "u", today: SampleCases.today, size: Size(columns: 120, rows: 40))
            merged.sort = sort
            _ = merged.update(.casesLoaded(base, token: FeedToken(0)))
            let kept = merged
            let keptMatters = kept.visibleCases.map(\.matter)
            var current = base
            for round in 1...10 {
                var changed: [CaseRow] = []
                for _ in 0..<3 {
                    let at = Int(generator.next() % UInt64(current.count))
                    current[at] = ChangeFeedTests.syntheticRow(Int(generator.next() % 5000), generator: &generator,
                                                               matter: current[at].matter)
                    changed.append(current[at])
                }
                let new = ChangeFeedTests.syntheticRow(9000 + round, generator: &generator)
                current.append(new)
                changed.append(new)
                _ = merged.update(.changesLoaded(FeedChanges(token: FeedToken(round), changedRows: changed)))
            }
            var reloaded = DashboardState(storeName: "s", user: "u", today: SampleCases.today, size: Size(columns: 120, rows: 40))
            reloaded.sort = sort
            _ = reloaded.update(.casesLoaded(current.shuffled(using: &generator)))
            #expect(merged.visibleCases.map(\.matter) == reloaded.visibleCases.map(\.matter), "sort \(sort)")
            #expect(merged.visibleCases == reloaded.visibleCases, "sort \(sort)")
            #expect(kept.visibleCases.map(\.matter) == keptMatters)
            #expect(Array(kept.allCases) == base)
            #expect(kept != merged)
        }
    }
}
