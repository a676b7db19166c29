import CaseDomain
import CaseSamples
import Testing

@Suite("Digests carried forward")
struct DigestRollingTests {
    let today = CivilDate(year: 2026, month: 11, day: 30)!

    /// Generated and demo cases; the generator's histories hold hearings, fees, clock stops and custody.
    func files() -> [CaseFile] {
        Array(SyntheticCases(count: 1_200, seed: 11, today: today)).map(\.file)
            + DemoCases(today: today).all.map(\.file)
    }

    @Test("A digest carried to a later date equals the one computed from the whole case for that date")
    func rolledEqualsComputed() throws {
        let engine = DeadlineEngine(settings: DeadlineSettings(meritsFilingLeadDays: 21, closures: [
            CourtClosure(date: CivilDate(year: 2026, month: 12, day: 24)!, reason: "Closed; by order"),
        ]))
        var rolledCount = 0, refusedCount = 0
        for file in files() {
            let (digest, basis) = CaseDigest.computed(file: file, today: today, engine: engine)
            for offset in [1, 2, 3, 7, 14, 15, 29, 30, 31, 45, 60, 90, 200, 400] {
                let date = today.adding(days: offset)
                guard let rolled = digest.rolled(to: date, basis: basis) else {
                    #expect(date > basis.rollsThrough)
                    refusedCount += 1
                    continue
                }
                rolledCount += 1
                let computed = CaseDigest(file: file, today: date, engine: engine)
                #expect(rolled == computed, "\(file.matter) on \(date.iso)")
                #expect(rolled.compactText == computed.compactText)
                let fresh = CaseDigest.computed(file: file, today: date, engine: engine).basis
                #expect(basis.carried(to: date) == fresh, "\(file.matter) on \(date.iso): the basis")
            }
        }
        // Most digests carry a month ahead; the test must have exercised both paths.
        #expect(rolledCount > refusedCount)
        #expect(refusedCount > 0)
    }

    @Test("What the review lists, carried past a fee anniversary, equals the rules' own listing for the date")
    func listingEqualsComputed() throws {
        let engine = DeadlineEngine()
        var beyondBasis = 0, refused = 0
        for file in files() {
            let (digest, basis) = CaseDigest.computed(file: file, today: today, engine: engine)
            for offset in [1, 14, 30, 31, 45, 60, 90, 200, 300, 334, 335, 366, 400] {
                let date = today.adding(days: offset)
                guard var listing = digest.rolledListing(to: date, basis: basis) else {
                    #expect(date > basis.listingReach(computedFor: today))
                    refused += 1
                    continue
                }
                if date > basis.rollsThrough { beyondBasis += 1 }
                let computed = CaseDigest(file: file, today: date, engine: engine).listed(by: date)
                // The review reads every field but the validity.
                listing.validThrough = computed.validThrough
                #expect(listing == computed, "\(file.matter) on \(date.iso)")
            }
        }
        #expect(beyondBasis > 0, "some listings must have been carried past a fee anniversary")
        #expect(refused > 0)
    }

    @Test("A digest is never carried backwards, and carried to its own day it is itself")
    func neverBackwards() throws {
        let engine = DeadlineEngine()
        for file in files().prefix(50) {
            let (digest, basis) = CaseDigest.computed(file: file, today: today, engine: engine)
            #expect(digest.rolled(to: today.adding(days: -1), basis: basis) == nil)
            #expect(digest.rolled(to: today, basis: basis) == digest)
        }
    }

    @Test("The basis survives its stored text, and text not in that form is refused")
    func basisText() throws {
        let engine = DeadlineEngine()
        for file in files().prefix(300) {
            let basis = CaseDigest.computed(file: file, today: today, engine: engine).basis
            #expect(DigestBasis(rollsThrough: basis.rollsThrough, laterDuesText: basis.laterDuesText) == basis)
        }
        for text in ["x", "1@", "1@2@3", "@4"] {
            #expect(DigestBasis(rollsThrough: today, laterDuesText: text) == nil)
        }
    }
}
