import CaseDomain
import CaseSamples
import Testing

@Suite("Synthetic cases")
struct SyntheticCasesTests {
    let today = CivilDate(year: 2026, month: 11, day: 30)!

    @Test("The same seed and today give the same cases")
    func deterministic() {
        let first = Array(SyntheticCases(count: 200, seed: 7, today: today)).map(\.file)
        let second = Array(SyntheticCases(count: 200, seed: 7, today: today)).map(\.file)
        #expect(first == second)
        let other = Array(SyntheticCases(count: 200, seed: 8, today: today)).map(\.file)
        #expect(first != other)
    }

    @Test("Matter numbers and A-numbers are unique")
    func unique() {
        let cases = Array(SyntheticCases(count: 5_000, seed: 1, today: today)).map(\.file)
        #expect(Set(cases.map(\.matter)).count == 5_000)
        let aNumbers = cases.compactMap(\.client.aNumber)
        #expect(Set(aNumbers).count == aNumbers.count)
    }

    @Test("Appending continues the numbering")
    func appending() {
        let first = Array(SyntheticCases(count: 10, seed: 3, today: today)).map(\.file.matter)
        let more = Array(SyntheticCases(count: 10, seed: 3, today: today, firstIndex: 11)).map(\.file.matter)
        #expect(Set(first).isDisjoint(with: more))
    }

    @Test("Custody is consistent: periods in order, at most one open, nothing after today")
    func custody() {
        for generated in SyntheticCases(count: 2_000, seed: 5, today: today) {
            let periods = generated.file.custody
            #expect(periods.filter { $0.to == nil }.count <= 1)
            for (earlier, later) in zip(periods, periods.dropFirst()) {
                #expect(earlier.to.map { $0 <= later.from } ?? false)
            }
            #expect(periods.allSatisfy { $0.from <= today })
            #expect(generated.lastChange <= today)
        }
    }

    @Test("Generated cases hold names in their own script with a Latin spelling, and evidence in every state")
    func realistic() {
        let cases = Array(SyntheticCases(count: 3_000, seed: 11, today: today)).map(\.file)
        #expect(cases.contains { $0.client.name.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } })
        #expect(cases.allSatisfy { $0.client.latinName?.unicodeScalars.allSatisfy(\.isASCII) ?? false })
        let statuses = Set(cases.flatMap(\.evidence).map(\.status))
        #expect(statuses == Set(EvidenceStatus.allCases))
        #expect(Set(cases.compactMap(\.client.nationality)).count >= 6)
        let engine = DeadlineEngine()
        let states = Set(cases.prefix(500).flatMap { engine.items(for: $0, today: today) }.map(\.state))
        #expect(states.isSuperset(of: [.open, .met, .missed]))
    }
}
