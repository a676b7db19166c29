import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ScreenKit
import ScreenKitTestSupport
import Testing

/// The drafts offered at the start: what each shows, moving between them, restoring and discarding.
@Suite struct DraftOfferTests {
    static func draft(kind: String, matter: String?, item: String? = nil, values: [String: String] = [:],
                      base: [String: String] = [:], savedAt: String = "2026-11-30T14:03:00Z") -> FormDraft {
        FormDraft(store: "/srv/firm.sqlite", user: "mreyes", kind: kind, caseID: matter.map { SampleCases.id($0).rawValue },
                  itemID: item, baseVersion: matter == nil ? nil : 3, values: values, baseValues: base, savedAt: savedAt)
    }

    static let editIvanov = draft(kind: "edit-case", matter: "2026-0142", values: ["client.name": "Иван Иванов", "notes": "x"],
                                  base: ["client.name": "Иван Иванов", "notes": ""])
    static let newCase = draft(kind: "new-case", matter: nil, values: ["client.name": "Олена Коваль"],
                               savedAt: "2026-11-30T14:05:00Z")
    static let gone = FormDraft(store: "/srv/firm.sqlite", user: "mreyes", kind: "record-event", caseID: "c-gone", itemID: nil,
                                baseVersion: 1, values: ["event.title": "Hearing"], baseValues: [:], savedAt: "2026-11-30T14:06:00Z")

    /// The state after the drafts were offered and the sample list loaded.
    static func offered(_ drafts: [FormDraft], problems: [String] = [], keys: [Key] = []) -> (DashboardState, [Effect]) {
        var state = DashboardState(storeName: "sample", user: "mreyes", today: SampleCases.today, size: Size(columns: 120, rows: 40))
        state.offerDrafts(drafts, problems: problems)
        let source = SampleDataSource()
        var effects = run(state.update(.casesLoaded(SampleCases.rows)), on: &state, source: source)
        for key in keys { effects = run(state.handle(key), on: &state, source: source) }
        return (state, effects)
    }

    @Test("Drafts found at the start open the offer; none leaves the panes as they are")
    func opensWhenThereAreDrafts() {
        #expect(Self.offered([Self.editIvanov]).0.overlay == .drafts)
        #expect(Self.offered([]).0.overlay == nil)
        #expect(Self.offered([]).0.draftOffer == nil)
    }

    @Test("Each draft shows its case and client, the form's kind, when, and what it changed")
    func showsEachDraft() {
        let (state, _) = Self.offered([Self.editIvanov, Self.newCase, Self.gone])
        let text = Renderer.render(state).text
        #expect(text.contains("▸ 2026-0142  Дмитрий Иванов"))
        #expect(text.contains("edit case"))
        #expect(text.contains("saved 2026-11-30 14:03:00 UTC · 1 field changed: notes"))
        #expect(text.contains("“Олена Коваль”"))
        #expect(text.contains("new case Олена Коваль"))
        #expect(text.contains("case deleted since: restores as a new case"))
        #expect(text.contains("record event"))
    }

    @Test("j moves to the next draft, x discards it and deletes its file, the others stay")
    func discard() {
        let (state, effects) = Self.offered([Self.editIvanov, Self.newCase], keys: [.character("j"), .character("x")])
        #expect(effects.contains(.dropDraft(store: "/srv/firm.sqlite", user: "mreyes", kind: "new-case", caseID: nil, itemID: nil)))
        #expect(state.draftOffer?.drafts == [Self.editIvanov])
        #expect(state.overlay == .drafts)
        let (last, _) = Self.offered([Self.editIvanov], keys: [.character("x")])
        #expect(last.draftOffer == nil)
        #expect(last.overlay == nil)
    }

    @Test("Restoring opens the draft's case and hands the draft to its form once the case has loaded")
    func restoreOnItsCase() {
        let (state, effects) = Self.offered([Self.newCase, Self.editIvanov], keys: [.character("j"), .enter])
        #expect(effects.contains(.loadCase(matter: "2026-0142")) || state.detail?.file.matter == "2026-0142")
        #expect(state.selectedMatter == "2026-0142")
        #expect(state.restoredDraft == Self.editIvanov)
        #expect(state.form?.draft.values["notes"] == "x", "the form opens with what was typed")
        #expect(state.pendingRestore == nil)
        #expect(state.overlay == nil)
        // The draft's file stays until its form is saved or cancelled.
        #expect(!effects.contains { if case .dropDraft = $0 { true } else { false } })
        #expect(state.draftOffer?.drafts == [Self.newCase])
    }

    @Test("A draft whose case was deleted restores as a new case, kept under its new name before the old goes")
    func restoreDeleted() {
        let (state, effects) = Self.offered([Self.gone], keys: [.character("r")])
        let renewed = Self.gone.asNewCase
        #expect(renewed.kind == "new-case" && renewed.caseID == nil && renewed.values == Self.gone.values)
        #expect(state.restoredDraft == renewed)
        #expect(state.form?.draft.kind == "new-case")
        let keep = effects.firstIndex(of: .keepDraft(renewed))
        let drop = effects.firstIndex(of: .dropDraft(store: "/srv/firm.sqlite", user: "mreyes", kind: "record-event",
                                                     caseID: "c-gone", itemID: nil))
        #expect(keep != nil && drop != nil && keep! < drop!)
    }

    @Test("A restore asked before the whole list has loaded waits for it")
    func restoreWaitsForTheList() {
        var state = DashboardState(storeName: "sample", user: "mreyes", today: SampleCases.today, size: Size(columns: 120, rows: 40))
        state.offerDrafts([Self.editIvanov])
        _ = state.handle(.enter)
        #expect(state.pendingRestore == Self.editIvanov)
        #expect(state.restoredDraft == nil)
        _ = run(state.update(.casesLoaded(SampleCases.rows)), on: &state, source: SampleDataSource())
        #expect(state.restoredDraft == Self.editIvanov)
    }

    @Test("Esc puts the offer away; :drafts brings it back; with none left it says so")
    func later() {
        let (closed, _) = Self.offered([Self.editIvanov], keys: [.escape])
        #expect(closed.overlay == nil)
        #expect(closed.draftOffer?.drafts == [Self.editIvanov])
        let (back, _) = Self.offered([Self.editIvanov], keys: [.escape, .character(":")] + typing("drafts") + [.enter])
        #expect(back.overlay == .drafts)
        let (none, _) = Self.offered([], keys: [.character(":")] + typing("drafts") + [.enter])
        #expect(none.overlay == nil)
        #expect(none.message?.text == "No drafts to restore")
    }

    @Test("A draft file that could not be read is said in the hint bar")
    func problems() {
        let (state, _) = Self.offered([], problems: ["Damaged draft kept aside as draft-1.json.corrupt (not valid JSON) in /s",
                                                    "another"])
        #expect(state.message?.isError == true)
        #expect(state.message?.text == "Damaged draft kept aside as draft-1.json.corrupt (not valid JSON) in /s (and 1 more)")
    }

    @Test("Moving through many drafts keeps the selected one on screen")
    func scrolls() {
        let many = (0..<20).map { Self.draft(kind: "new-case", matter: nil, item: "i\($0)", values: ["client.name": "Client \($0)"]) }
        let (state, _) = Self.offered(many, keys: Array(repeating: .character("j"), count: 19))
        #expect(state.draftOffer?.selected == 19)
        #expect(Renderer.render(state).text.contains("▸ new case Client 19"))
    }
}
