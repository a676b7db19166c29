import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ScreenKit
import Testing

@Suite struct NewCaseFormTests {
    @Test func aInTheListOpensTheNewCaseFormWithEveryFieldOfTheCase() {
        var harness = FormHarness()
        harness.press(.character("a"))
        let form = harness.form
        #expect(form?.kind == .newCase)
        let keys = Set(form?.fields.map(\.key) ?? [])
        for key in ["matter", "client.name", "client.latinName", "client.aNumber", "client.birthDate", "client.nationality",
                    "client.languages", "client.interpreter", "grounds", "track", "court", "docket", "judge", "paralegal",
                    "attorney", "oneYearException", "family[0].name", "family[0].aNumber", "family[0].birthDate"] {
            #expect(keys.contains(key), "\(key)")
        }
        #expect(harness.state.keyContext == .form)
    }

    @Test func aTypedCaseIsCreatedWithTheStartingChecklistOfItsGrounds() throws {
        var harness = FormHarness()
        harness.press(.character("a"))
        harness.type("2026-0200")
        harness.press(.tab)
        harness.type("Мария Кузнецова")
        harness.fill("client.aNumber", "A 123 456 789")
        harness.fill("client.languages", "ru")
        harness.fill("grounds", "religion")
        harness.press(.ctrl("s"))
        let created = try #require(harness.effects.compactMap { effect -> CaseFile? in
            if case .createCase(let file) = effect { return file }
            return nil
        }.first)
        #expect(created.client.name == "Мария Кузнецова")
        #expect(created.client.aNumber?.digits == "123456789")
        #expect(created.grounds == [.religion])
        #expect(created.evidence == StartingChecklists.items(for: [.religion], language: "ru"))
        #expect(harness.form == nil)
        let id = CaseIdentity.derivedCaseID(matter: "2026-0200")
        #expect(harness.source.writes.file(id)?.client.name == "Мария Кузнецова")
        #expect(harness.state.selectedID == id)
        #expect(harness.effects.contains(.dropDraft(store: "sample", user: "mreyes", kind: "new-case", caseID: nil, itemID: nil)))
    }

    @Test func enterOnAOneLineFieldSavesAndTabAndShiftTabMove() {
        var harness = FormHarness()
        harness.press(.character("a"))
        harness.type("2026-0201")
        harness.press(.tab)
        #expect(harness.form?.focusedField?.key == "client.name")
        harness.press(.backTab)
        #expect(harness.form?.focusedField?.key == "matter")
        harness.press(.tab)
        harness.type("Olga Petrova")
        harness.press(.enter)
        #expect(harness.form == nil)
        #expect(harness.source.writes.file(CaseIdentity.derivedCaseID(matter: "2026-0201")) != nil)
    }

    @Test func aBadANumberIsRefusedAtItsFieldAndNothingIsStored() {
        var harness = FormHarness()
        harness.press(.character("a"))
        harness.type("2026-0202")
        harness.fill("client.name", "Test Client")
        harness.fill("client.aNumber", "A 12-34")
        #expect(harness.problem("client.aNumber")?.contains("is not an A-number") == true)
        harness.press(.ctrl("s"))
        #expect(harness.wroteNothing)
        #expect(harness.form != nil)
        #expect(harness.state.message?.text.hasPrefix("Not saved: A-number") == true)
        #expect(harness.form?.focusedField?.key == "client.aNumber")
        #expect(harness.source.writes.log.isEmpty)
        #expect(harness.screen().contains("is not an A-number"))
    }

    @Test func aDateNotInTheCalendarIsRefused() {
        var harness = FormHarness()
        harness.press(.character("a"))
        harness.type("2026-0203")
        harness.fill("client.name", "Test Client")
        harness.fill("client.birthDate", "2026-02-30")
        #expect(harness.problem("client.birthDate") == "\"2026-02-30\" is not a date: February 2026 has 28 days")
        harness.press(.ctrl("s"))
        #expect(harness.wroteNothing)
        #expect(harness.source.writes.log.isEmpty)
    }

    @Test func aPastedEscapeSequenceIsTextThatTheFieldRefuses() {
        var harness = FormHarness()
        harness.press(.character("a"))
        harness.type("2026-0204")
        harness.focus("client.name")
        harness.paste("Ivan\u{1B}[31mRed")
        #expect(harness.form?.values["client.name"] == "Ivan\u{1B}[31mRed")
        #expect(harness.problem("client.name")?.contains("control character (U+001B)") == true)
        harness.press(.ctrl("s"))
        #expect(harness.wroteNothing)
        #expect(harness.source.writes.log.isEmpty)
        // Shown inert: no escape byte reaches the screen.
        #expect(!harness.screen().contains("\u{1B}"))
    }

    @Test func anEmptyRequiredFieldIsRefusedOnSave() {
        var harness = FormHarness()
        harness.press(.character("a"))
        harness.fill("client.name", "Somebody")
        // Not said before a save is asked for.
        #expect(!harness.screen().contains("is required"))
        harness.press(.ctrl("s"))
        #expect(harness.wroteNothing)
        #expect(harness.state.message?.text == "Not saved: Matter is required")
        #expect(harness.form?.focusedField?.key == "matter")
        #expect(harness.screen().contains("is required"))
    }

    @Test func aDateShowsHowItWasReadWithItsWeekday() {
        var harness = FormHarness()
        harness.press(.character("a"))
        harness.fill("client.birthDate", "mar 3")
        // A birth date without a year is the last one past: 3 March 2026, a Tuesday.
        #expect(harness.screen().contains("→ Tue 3 Mar 2026"))
    }

    @Test func aLikelyDuplicateClientIsShown() throws {
        var harness = FormHarness()
        let ivanov = try #require(SampleCases.files.first { $0.matter == "2026-0142" })
        harness.press(.character("a"))
        harness.fill("client.aNumber", try #require(ivanov.client.aNumber).display)
        #expect(harness.form?.duplicates.map(\.matter) == ["2026-0142"])
        #expect(harness.screen().contains("Possible duplicate client: 2026-0142 Дмитрий Иванов (same A-number)"))
    }

    @Test func escOnAChangedFormAsksFirst() {
        var harness = FormHarness()
        harness.press(.character("a"))
        harness.type("2026-0205")
        harness.press(.escape)
        #expect(harness.form?.isConfirmingDiscard == true)
        #expect(harness.screen().contains("Discard what you typed?"))
        harness.press(.character("n"))
        #expect(harness.form?.values["matter"] == "2026-0205")
        harness.press(.escape, .character("y"))
        #expect(harness.form == nil)
        #expect(harness.effects.contains(.dropDraft(store: "sample", user: "mreyes", kind: "new-case", caseID: nil, itemID: nil)))
    }

    @Test func anUnchangedFormClosesOnEsc() {
        var harness = FormHarness()
        harness.press(.character("a"), .escape)
        #expect(harness.form == nil)
    }

    @Test func typingKeepsTheDraftAndARestoredDraftHasTheValues() throws {
        var harness = FormHarness()
        harness.press(.character("a"))
        harness.type("2026-0206")
        let draft = try #require(harness.effects.compactMap { effect -> FormDraft? in
            if case .keepDraft(let draft) = effect { return draft }
            return nil
        }.last)
        #expect(draft.values["matter"] == "2026-0206")
        #expect(draft.kind == "new-case")
        #expect(draft.store == "sample" && draft.user == "mreyes")
        let restored = FormState(restoring: draft, base: nil, baseVersion: nil, today: SampleCases.today)
        #expect(restored.values == harness.form?.values)
        #expect(restored.draft == harness.form?.draft)
    }

    @Test func aBusyStoreKeepsTheFormOpenAndCtrlSTriesAgain() {
        var harness = FormHarness()
        harness.source.writes.busyWrites = 1
        harness.press(.character("a"))
        harness.type("2026-0207")
        harness.fill("client.name", "Busy Client")
        harness.press(.ctrl("s"))
        #expect(harness.form != nil)
        #expect(harness.state.message?.text.contains("The store is busy") == true)
        #expect(harness.form?.values["client.name"] == "Busy Client")
        harness.press(.ctrl("s"))
        #expect(harness.form == nil)
        #expect(harness.source.writes.file(CaseIdentity.derivedCaseID(matter: "2026-0207")) != nil)
    }

    @Test func aReadOnlySessionRefusesAndGreysTheEditingKeys() {
        var harness = FormHarness(readOnly: true)
        harness.press(.character("a"))
        #expect(harness.form == nil)
        #expect(harness.state.message?.text == "Read-only session: add: a case in the list, an event in the timeline, evidence, a custody change is not available")
        let hints = Keymap.hints(in: .normal, readOnly: true, ascii: false)
        #expect(hints.first { $0.label == "add" }?.disabled == true)
        #expect(hints.first { $0.label == "filter" }?.disabled == false)
    }
}
