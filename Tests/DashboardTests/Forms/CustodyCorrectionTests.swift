import CaseDomain
@testable import Dashboard
import DashboardTestSupport
import ScreenKit
import Testing

/// `e` on the custody pane corrects the period selected (2026-0142: CBP custody, ICE detention at Otay
/// Mesa, then paroled, the current period).
@Suite struct CustodyCorrectionTests {
    static let ivanov = SampleCases.id("2026-0142")

    func stored(_ harness: FormHarness) -> CaseFile? { harness.source.writes.file(Self.ivanov) }

    /// The custody pane focused, its line about the period of `status` in the history selected.
    func selectHistoryLine(_ status: CustodyStatus, in harness: inout FormHarness) {
        harness.state.focus = .custody
        let periods = CustodyView.linePeriods(harness.state)
        let lines = CustodyView.lines(harness.state)
        let historyStart = lines.firstIndex { $0.left.map(\.text).joined() == "History" } ?? 0
        harness.state.selection[.custody] = periods.indices.first { $0 > historyStart && periods[$0]?.status == status }
    }

    @Test func eOnAHistoryLineOpensThatPeriodAsStoredWithItsEnd() throws {
        var harness = FormHarness()
        selectHistoryLine(.iceDetained, in: &harness)
        harness.press(.character("e"))
        let form = try #require(harness.form)
        #expect(form.kind == .correctCustody(ItemID("p2")!))
        #expect(form.fields.map(\.key) == ["status", "from", "to", "place", "authority", "bondEligible", "notes"])
        #expect(form.values["from"] == "2022-03-11" && form.values["to"] == "2022-07-12")
        #expect(form.values["place"] == "Otay Mesa Detention Center")
        let screen = harness.screen()
        #expect(screen.contains("Correct a custody period"))
        #expect(screen.contains("Otay Mesa Detention Center"))
    }

    @Test func aWrongFacilityIsCorrectedInPlaceKeepingTheIdAndTheOtherPeriods() throws {
        var harness = FormHarness()
        selectHistoryLine(.iceDetained, in: &harness)
        harness.press(.character("e"))
        harness.fill("place", "Imperial Regional Detention Facility")
        harness.press(.ctrl("s"))
        #expect(harness.effects.contains { effect in
            if case .save(let edits, _, 1) = effect, case .correctCustody(let id, _)? = edits.first { return id.rawValue == "p2" }
            return false
        })
        #expect(harness.form == nil)
        let custody = try #require(stored(harness)?.custody)
        #expect(custody.count == 3)
        let corrected = try #require(custody.first { $0.id?.rawValue == "p2" })
        #expect(corrected.place == "Imperial Regional Detention Facility")
        #expect(corrected.from.iso == "2022-03-11" && corrected.to?.iso == "2022-07-12")
        #expect(custody.first { $0.status == .paroled }?.to == nil)
        #expect(CustodyView.lines(harness.state).contains { $0.left.map(\.text).joined().contains("Imperial Regional Detention Facility") })
    }

    @Test func eOnTheCurrentStatusCorrectsTheOpenPeriodWhoseEndStaysBlank() throws {
        var harness = FormHarness()
        harness.state.focus = .custody
        harness.state.selection[.custody] = 0
        harness.press(.character("e"))
        #expect(harness.form?.kind == .correctCustody(ItemID("p3")!))
        #expect(harness.form?.values["to"] == "")
        harness.fill("from", "2022-07-13")
        // The detention before it now ends a day before parole began: no overlap, a gap is allowed.
        harness.press(.ctrl("s"))
        let custody = try #require(stored(harness)?.custody)
        #expect(custody.first { $0.id?.rawValue == "p3" }?.from.iso == "2022-07-13")
        #expect(custody.first { $0.id?.rawValue == "p3" }?.to == nil)
    }

    @Test func anEndNotAfterTheStartIsRefusedBesideTheEnd() {
        var harness = FormHarness()
        selectHistoryLine(.iceDetained, in: &harness)
        harness.press(.character("e"))
        harness.fill("to", "2022-03-01")
        #expect(harness.problem("to") == "2022-03-01 is not after \"from\" (2022-03-11)")
        harness.press(.ctrl("s"))
        #expect(harness.wroteNothing)
        #expect(harness.source.writes.log.isEmpty)
        #expect(harness.state.message?.text.hasPrefix("Not saved: To") == true)
    }

    @Test func aStartThatOverlapsTheEarlierPeriodIsRefused() {
        var harness = FormHarness()
        selectHistoryLine(.iceDetained, in: &harness)
        harness.press(.character("e"))
        // CBP custody ran to 2022-03-11: a detention from the 10th overlaps it.
        harness.fill("from", "2022-03-10")
        #expect(harness.problem("from")?.contains("overlaps custody[0]") == true)
        harness.press(.ctrl("s"))
        #expect(harness.source.writes.log.isEmpty)
    }

    @Test func anEarlierPeriodLeftWithoutAnEndIsASecondOpenPeriodAndRefused() {
        var harness = FormHarness()
        selectHistoryLine(.iceDetained, in: &harness)
        harness.press(.character("e"))
        harness.fill("to", "")
        #expect(harness.form?.isValid == false)
        #expect(harness.problem("to")?.contains("a second open period") == true)
        harness.press(.ctrl("s"))
        #expect(harness.source.writes.log.isEmpty)
    }

    @Test func savingAnUnchangedPeriodWritesNothing() {
        var harness = FormHarness()
        selectHistoryLine(.cbpCustody, in: &harness)
        harness.press(.character("e"))
        harness.press(.ctrl("s"))
        #expect(harness.state.message?.text == "Nothing changed")
        #expect(harness.source.writes.log.isEmpty)
        #expect(harness.form == nil)
    }

    @Test func aCaseWithNoCustodySaysCRecordsAChange() {
        var harness = FormHarness()
        harness.state.detail?.file.custody = []
        harness.state.focus = .custody
        harness.press(.character("e"))
        #expect(harness.form == nil)
        #expect(harness.state.message?.text == "No custody recorded: c records a change")
    }
}
