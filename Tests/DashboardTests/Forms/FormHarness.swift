import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ScreenKit

/// A dashboard on the samples with the loop's effects run against one sample data source, so a test
/// types keys into forms and reads what reached the store.
struct FormHarness {
    var state: DashboardState
    let source: SampleDataSource
    /// The effects of the last key, with those their answers caused.
    var effects: [Effect] = []

    init(size: Size = Size(columns: 120, rows: 40), readOnly: Bool = false, source: SampleDataSource = SampleDataSource()) {
        self.source = source
        state = DashboardState(storeName: "sample", user: "mreyes", today: SampleCases.today, isReadOnly: readOnly, size: size)
        effects = run(state.update(.casesLoaded(SampleCases.rows)), on: &state, source: source)
    }

    mutating func press(_ keys: Key...) { press(keys) }

    mutating func press(_ keys: [Key]) {
        for key in keys { effects = run(state.handle(key), on: &state, source: source) }
    }

    mutating func type(_ text: String) { press(typing(text)) }

    mutating func paste(_ text: String) { effects = run(state.formPaste(text), on: &state, source: source) }

    /// Moves the focus to a field of the open form.
    mutating func focus(_ key: String) {
        state.form?.focus(key: key)
    }

    /// Focuses a field and replaces its text by typing.
    mutating func fill(_ key: String, _ text: String) {
        focus(key)
        press(.ctrl("u"))
        type(text)
    }

    var form: FormState? { state.form }

    /// The problem shown beside a field.
    func problem(_ key: String) -> String? { state.form?.problems[key] }

    func screen(_ size: Size? = nil) -> String { ScreenText.render(state, size: size ?? state.size) }

    /// Whether the last key asked the store for any write.
    var wroteNothing: Bool {
        !effects.contains { effect in
            if case .save = effect { return true }
            if case .createCase = effect { return true }
            if case .deleteCase = effect { return true }
            return false
        }
    }
}
