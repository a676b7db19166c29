import CaseDomain
import CaseStore
import Foundation

/// `StoreStressClient refresh STORE YYYY-MM-DD`: one pass of the dashboard's background digest refresh
/// (`refreshStaleDigests`, batch after batch, as `DigestCatchUp` runs it) as of that date, printing
/// `batch N` after each batch (N cases refreshed) and `done BATCHES` at the end. The kill test ends it
/// part-way: the store must still pass its check.
func runDigestRefresh(_ words: [String]) -> Never {
    guard words.count == 2, let date = CivilDate(iso: words[1]) else {
        fail("usage: StoreStressClient refresh STORE YYYY-MM-DD")
    }
    do {
        let store = try CaseStores.open(location: words[0])
        var cursor: DigestRefreshCursor?
        var batches = 0
        repeat {
            let step = try store.refreshStaleDigests(asOf: date, after: cursor)
            batches += 1
            emit("batch \(step.refreshed.count)")
            cursor = step.cursor
        } while cursor != nil
        emit("done \(batches)")
        exit(0)
    } catch {
        fail("\(error)")
    }
}
