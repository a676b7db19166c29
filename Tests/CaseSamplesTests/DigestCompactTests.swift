import CaseDomain
import CaseSamples
import Testing

@Suite("Compact digests")
struct DigestCompactTests {
    let today = CivilDate(year: 2026, month: 11, day: 30)!

    @Test("A digest survives its compact text unchanged, for every generated and demo case")
    func roundTrip() throws {
        let engine = DeadlineEngine(settings: DeadlineSettings(closures: [
            CourtClosure(date: CivilDate(year: 2025, month: 12, day: 24)!, reason: "Closed; by order"),
        ]))
        let files = Array(SyntheticCases(count: 1_500, seed: 9, today: today)).map(\.file)
            + DemoCases(today: today).all.map(\.file)
        for file in files {
            let digest = CaseDigest(file: file, today: today, engine: engine)
            let decoded = try #require(CaseDigest(compactText: digest.compactText))
            #expect(decoded == digest)
        }
    }

    @Test("Text that is not a digest of this version is refused, not misread", arguments: [
        "", "d0\u{1F}1", "d1\u{1E}\u{1E}", "garbage\u{1E}x\u{1E}y",
    ])
    func refusesForeignText(text: String) {
        #expect(CaseDigest(compactText: text) == nil)
    }
}
