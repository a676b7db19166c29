import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ScreenKit
import Testing

/// The forms and keys on the open case (2026-0142, selected first): events, custody, evidence, deletions.
@Suite struct ItemFormTests {
    static let ivanov = SampleCases.id("2026-0142")

    func stored(_ harness: FormHarness) -> CaseFile? { harness.source.writes.file(Self.ivanov) }

    /// Focuses a detail pane and selects its line where `matches` holds.
    func select(_ pane: Pane, in harness: inout FormHarness, where matches: (DashboardState, Int) -> Bool) {
        harness.state.focus = pane
        let count = PaneContent.count(pane, harness.state)
        harness.state.selection[pane] = (0..<count).first { matches(harness.state, $0) }
    }

    func selectEvent(_ kind: EventKind, in harness: inout FormHarness) {
        select(.timeline, in: &harness) { state, index in
            if case .event(let event) = TimelineView.rows(state.detail)[index] { return event.kind == kind }
            return false
        }
    }

    func selectEvidence(_ title: String, in harness: inout FormHarness) {
        select(.evidence, in: &harness) { state, index in EvidenceView.lineItems(state)[index]?.title == title }
    }

    @Test func editingAHearingShowsItsFieldsAndSavesAtTheVersionShown() throws {
        var harness = FormHarness()
        #expect(harness.state.detail?.version == 1)
        selectEvent(.masterHearing, in: &harness)
        harness.press(.character("e"))
        let keys = harness.form?.fields.map(\.key)
        #expect(keys == ["kind", "date", "time", "place", "status", "title", "notes"])
        #expect(harness.form?.values["place"] == "880 Front St, Courtroom 4")
        harness.fill("place", "880 Front St, Courtroom 5")
        harness.press(.ctrl("s"))
        #expect(harness.effects.contains { if case .save(_, _, 1) = $0 { true } else { false } })
        #expect(harness.form == nil)
        let hearing = try #require(stored(harness)?.events.first { $0.kind == .masterHearing })
        #expect(hearing.place == "880 Front St, Courtroom 5")
        #expect(hearing.time == TimeOfDay(hour: 8, minute: 30))
        #expect(harness.state.detail?.version == 2)
    }

    @Test func recordingAnEventShowsTheFieldsOfItsKind() throws {
        var harness = FormHarness()
        harness.state.focus = .timeline
        harness.press(.character("a"))
        #expect(harness.form?.kind == .recordEvent)
        #expect(harness.form?.fields.map(\.key) == ["kind"])
        // A letter picks the next kind starting with it: venue-change, then vd-granted.
        harness.press(.character("v"), .character("v"))
        #expect(harness.form?.values["kind"] == "vd-granted")
        #expect(harness.form?.fields.map(\.key) == ["kind", "date", "days", "title", "notes"])
        harness.fill("date", "yesterday")
        harness.press(.ctrl("s"))
        #expect(harness.state.message?.text == "Not saved: Days is required")
        harness.fill("days", "60")
        harness.press(.ctrl("s"))
        let event = try #require(stored(harness)?.events.first { $0.kind == .vdGranted })
        #expect(event.days == 60)
        #expect(event.date == SampleCases.today.adding(days: -1))
        #expect(event.recordedBy == "mreyes")
    }

    @Test func aDecisionTakesOnlyItsOwnOutcomes() {
        var harness = FormHarness()
        harness.state.focus = .timeline
        harness.press(.character("a"))
        harness.press(.character("c"))
        #expect(harness.form?.values["kind"] == "cfi")
        harness.focus("outcome")
        harness.press(.character(" "))
        #expect(harness.form?.values["outcome"] == "positive")
        harness.press(.character(" "), .character(" "))
        #expect(harness.form?.values["outcome"] == "")
    }

    @Test func changingCustodyClosesTheCurrentPeriodAndOpensTheNext() throws {
        var harness = FormHarness()
        harness.press(.character("c"))
        #expect(harness.form?.kind == .changeCustody)
        harness.press(.character("b"))
        #expect(harness.form?.values["status"] == "bond")
        #expect(harness.form?.fields.contains { $0.key == "bondAmount" } == true)
        harness.fill("bondAmount", "1000")
        #expect(harness.problem("bondAmount") == "1000 is below the minimum of 1500")
        harness.fill("bondAmount", "5000")
        harness.fill("sponsor.name", "Анна Соколова")
        harness.press(.ctrl("s"))
        let custody = try #require(stored(harness)?.custody)
        #expect(custody.current?.status == .bond)
        #expect(custody.current?.bondAmount == 5000)
        #expect(custody.current?.from == SampleCases.today)
        #expect(custody.first { $0.status == .paroled }?.to == SampleCases.today)
    }

    @Test func aCustodyChangeBeforeTheCurrentStatusIsRefusedAtTheForm() {
        var harness = FormHarness()
        harness.press(.character("c"), .character("p"))
        harness.fill("from", "2020-01-01")
        #expect(harness.form?.isValid == false)
        harness.press(.ctrl("s"))
        #expect(harness.wroteNothing)
        #expect(harness.source.writes.log.isEmpty)
    }

    @Test func spaceAdvancesTheStatusSkippingTranslatedWhenNoneIsNeeded() throws {
        var harness = FormHarness()
        selectEvidence("Police detention record", in: &harness)
        harness.press(.character(" "))
        #expect(stored(harness)?.evidence.first { $0.title == "Police detention record" }?.status == .received)
        selectEvidence("Police detention record", in: &harness)
        harness.press(.character(" "))
        #expect(stored(harness)?.evidence.first { $0.title == "Police detention record" }?.status == .filed)
        selectEvidence("Court ruling, CoAP Art. 20.2", in: &harness)
        harness.press(.character(" "))
        #expect(stored(harness)?.evidence.first { $0.title == "Court ruling, CoAP Art. 20.2" }?.status == .translated)
        #expect(harness.state.message?.text == "\"Court ruling, CoAP Art. 20.2\": translated (saved)")
    }

    @Test func tTogglesTheCertifiedTranslation() {
        var harness = FormHarness()
        selectEvidence("Court ruling, CoAP Art. 20.2", in: &harness)
        harness.press(.character("t"))
        #expect(stored(harness)?.evidence.first { $0.title == "Court ruling, CoAP Art. 20.2" }?.translationCertified == true)
    }

    @Test func markingAnItemUnavailableAsksForTheReason() throws {
        var harness = FormHarness()
        selectEvidence("Affidavit of Anna Sokolova", in: &harness)
        harness.press(.character("e"))
        #expect(harness.form?.kind.name == "edit-evidence")
        harness.focus("status")
        harness.press(.left)
        #expect(harness.form?.values["status"] == "unavailable")
        harness.press(.ctrl("s"))
        #expect(harness.form?.kind.name == "unavailable-reason")
        #expect(harness.wroteNothing)
        // The edit form's draft goes as the reason form's is kept: no draft of a form no longer open is left.
        let itemID = harness.form?.kind.itemID?.rawValue
        #expect(harness.effects.contains(.dropDraft(store: "sample", user: "mreyes", kind: "edit-evidence",
                                                    caseID: harness.form?.caseID?.rawValue, itemID: itemID)))
        #expect(harness.effects.contains { if case .keepDraft(let draft) = $0 { draft.kind == "unavailable-reason" } else { false } })
        harness.press(.ctrl("s"))
        #expect(harness.state.message?.text == "Not saved: Reason is required")
        harness.type("Witness cannot be reached")
        harness.press(.enter)
        let item = try #require(stored(harness)?.evidence.first { $0.title == "Affidavit of Anna Sokolova" })
        #expect(item.status == .unavailable)
        #expect(item.unavailableReason == "Witness cannot be reached")
    }

    @Test func addingEvidence() throws {
        var harness = FormHarness()
        harness.state.focus = .evidence
        harness.press(.character("a"))
        harness.press(.character("w"))
        harness.fill("title", "Affidavit of Pavel Orlov")
        harness.fill("language", "ru")
        harness.focus("needsTranslation")
        harness.press(.character(" "))
        harness.press(.ctrl("s"))
        let item = try #require(stored(harness)?.evidence.first { $0.title == "Affidavit of Pavel Orlov" })
        #expect(item.category == .witness && item.needsTranslation && item.language == "ru" && item.status == .needed)
    }

    @Test func deletingAnEventAsksFirst() throws {
        var harness = FormHarness()
        selectEvent(.ntaServed, in: &harness)
        harness.press(.character("d"))
        #expect(harness.screen().contains("Delete the event \"NTA served\" of 2022-04-20? y deletes"))
        harness.press(.character("n"))
        #expect(harness.source.writes.log.isEmpty)
        #expect(harness.state.message?.text == "Kept: nothing was deleted")
        selectEvent(.ntaServed, in: &harness)
        harness.press(.character("d"), .character("y"))
        #expect(stored(harness)?.events.contains { $0.kind == .ntaServed } == false)
        #expect(harness.source.writes.log.map(\.edits) == [["remove-event"]])
    }

    @Test func deletingACaseFromTheListAsksFirst() {
        var harness = FormHarness()
        harness.state.focus = .cases
        harness.press(.character("d"))
        #expect(harness.state.confirmation?.target == .wholeCase)
        harness.press(.character("y"))
        #expect(harness.source.writes.isDeleted(Self.ivanov))
        #expect(harness.state.message?.text == "Case deleted (the audit trail keeps it)")
        #expect(!harness.state.allCases.contains { $0.id == Self.ivanov })
    }

    @Test func editingTheCaseKeepsItsListsAndChangesItsDetails() throws {
        var harness = FormHarness()
        harness.state.focus = .cases
        harness.press(.character("e"))
        #expect(harness.form?.values["client.name"] == "Дмитрий Иванов")
        #expect(harness.form?.values["client.aNumber"] == "A 234 567 890")
        harness.fill("family[0].name", "Мария Иванова")
        harness.fill("family[0].relation", "spouse")
        #expect(harness.form?.fields.contains { $0.key == "family[1].name" } == true)
        harness.press(.ctrl("s"))
        let file = try #require(stored(harness))
        #expect(file.family == [FamilyMember(name: "Мария Иванова", relation: "spouse")])
        #expect(file.events.count == SampleCases.files.first { $0.matter == "2026-0142" }?.events.count)
        #expect(harness.source.writes.log.map(\.edits) == [["update-details"]])
    }

    @Test func aFeedChangeToTheOpenCaseIsNotedAndTheFormKeepsItsValues() throws {
        var harness = FormHarness()
        harness.state.focus = .cases
        harness.press(.character("e"))
        harness.fill("judge", "Hon. A. Judge")
        var row = try #require(SampleCases.rows.first { $0.id == Self.ivanov })
        row.version = 2
        _ = harness.state.update(.changesLoaded(FeedChanges(token: FeedToken(1), changedRows: [row])))
        #expect(harness.form?.changedElsewhere == true)
        #expect(harness.form?.values["judge"] == "Hon. A. Judge")
        #expect(harness.screen().contains("Someone else changed this case since the form opened"))
    }

    @Test func aPasteOutsideAFieldIsNotRunAsKeys() {
        var harness = FormHarness()
        harness.press(.character("c"))
        // The status is a choice, not a text field.
        harness.paste("q:quit")
        #expect(harness.state.message?.text == "Paste ignored: no text field is open")
        #expect(harness.form?.values["status"] == "")
    }

    @Test func notesTakeNewLinesAndEnterDoesNotSaveThere() {
        var harness = FormHarness()
        harness.state.focus = .evidence
        harness.press(.character("a"), .character("o"))
        harness.fill("title", "Letter")
        harness.focus("notes")
        harness.type("line one")
        harness.press(.enter)
        harness.type("line two")
        #expect(harness.form?.values["notes"] == "line one\nline two")
        #expect(harness.form != nil)
    }
}

@Suite struct DraftRestoreTests {
    @Test func aRestoredDraftKeepsWhatWasTypedAndWhatOthersSavedSince() throws {
        var harness = FormHarness()
        harness.state.focus = .cases
        harness.press(.character("e"))
        harness.fill("judge", "Hon. Typed")
        let draft = try #require(harness.form?.draft)
        #expect(draft.baseVersion == 1 && draft.caseID == SampleCases.id("2026-0142").rawValue)
        var now = try #require(harness.state.detail?.file)
        now.court = "Changed Since"
        let restored = FormState(restoring: draft, base: now, baseVersion: 2, today: SampleCases.today)
        #expect(restored.kind == .editCase)
        #expect(restored.values["judge"] == "Hon. Typed")
        #expect(restored.values["court"] == "Changed Since")
        #expect(restored.baseVersion == 2)
        #expect(restored.isChanged)
    }

    @Test func aDraftWhoseCaseIsGoneReopensAsANewCase() throws {
        var harness = FormHarness()
        harness.state.focus = .cases
        harness.press(.character("e"))
        harness.fill("judge", "Hon. Typed")
        let draft = try #require(harness.form?.draft)
        let restored = FormState(restoring: draft, base: nil, baseVersion: nil, today: SampleCases.today)
        #expect(restored.kind == .newCase)
        #expect(restored.caseID == nil)
        #expect(restored.values["judge"] == "Hon. Typed")
        #expect(restored.values["client.name"] == "Дмитрий Иванов")
    }
}
