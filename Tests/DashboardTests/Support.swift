import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ScreenKit

/// A state with the samples loaded, as the run loop would build it, after `keys`.
func sampleState(size: Size = Size(columns: 120, rows: 40), ascii: Bool = false, keys: [Key] = []) -> (DashboardState, [Effect]) {
    var state = DashboardState(storeName: "sample", user: "mreyes", today: SampleCases.today, ascii: ascii, size: size)
    let source = SampleDataSource()
    var effects = run(state.update(.casesLoaded(SampleCases.rows)), on: &state, source: source)
    for key in keys { effects = run(state.handle(key), on: &state, source: source) }
    return (state, effects)
}

/// Runs effects the way the loop does (loading cases from the samples); returns the effects seen.
@discardableResult
func run(_ effects: [Effect], on state: inout DashboardState, source: SampleDataSource) -> [Effect] {
    var seen = effects
    var queue = effects
    while !queue.isEmpty {
        let effect = queue.removeFirst()
        var more: [Effect] = []
        switch effect {
        case .loadCase, .reloadList, .loadHistory, .restoreFromAudit, .loadAdmin, .changeAdmin, .loadDeleted, .save, .createCase,
             .deleteCase, .findDuplicates:
            for action in effect.storeCall(in: state).map(source.answer) ?? [] { more += state.update(action) }
        case .loadFirstPage, .reloadReviewProgress, .checkChanges, .checkToday, .setTheme, .review, .suspend, .quit, .exit,
             .keepDraft, .dropDraft:
            break
        }
        seen += more
        queue += more
    }
    return seen
}

func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }
