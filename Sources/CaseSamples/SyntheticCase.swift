import CaseDomain

/// A generated case and the date of its last recorded change.
public struct SyntheticCase: Sendable {
    public var file: CaseFile
    public var lastChange: CivilDate
}

/// Deterministic, realistic synthetic cases for benchmarks and tests: the same seed, count and today
/// always give the same cases. Produced one at a time, so memory stays flat whatever the count.
public struct SyntheticCases: Sequence, IteratorProtocol, Sendable {
    public static let paralegals = ["mreyes", "tnguyen", "jpark", "lsokolova"]
    public static let attorneys = ["aokafor", "dlevin"]

    let endIndex: Int
    let today: CivilDate
    var index: Int
    var random: SeededGenerator
    /// Every client's name its own (`DistinctNames`), instead of names drawn from small pools.
    let distinctNames: Bool

    /// `firstIndex` continues the numbering when appending to a store that has generated cases.
    /// `distinctNames` gives every client a family name no other case has (the cases are otherwise the same).
    public init(count: Int, seed: UInt64, today: CivilDate, firstIndex: Int = 1, distinctNames: Bool = false) {
        self.distinctNames = distinctNames
        endIndex = firstIndex + Swift.max(0, count)
        self.today = today
        index = firstIndex
        random = SeededGenerator(seed: seed ^ UInt64(truncatingIfNeeded: firstIndex))
    }

    public mutating func next() -> SyntheticCase? {
        guard index < endIndex else { return nil }
        defer { index += 1 }
        return makeCase(number: index)
    }

    mutating func makeCase(number: Int) -> SyntheticCase {
        let pool = NamePools.pick(using: &random)
        let pooled = NamePools.name(from: pool, using: &random)
        let name = distinctNames ? DistinctNames.distinct(pooled, number: number) : pooled
        let arrival = today.adding(days: -random.int(20...1_800))
        var builder = TimelineBuilder(today: today, arrival: arrival, random: random)
        let history = builder.build()
        random = builder.random
        let grounds = random.pick(pool.grounds)
        let closed: CaseClosure? = random.chance(0.04)
            ? CaseClosure(date: today.adding(days: -random.int(1...200)), reason: random.pick(ClosedReason.allCases)) : nil
        var client = Client(name: name.native, latinName: name.latin,
                            aNumber: random.chance(0.95) ? SyntheticCases.aNumber(for: number) : nil,
                            birthDate: today.adding(days: -random.int(6_600...22_000)),
                            nationality: pool.nationality, languages: [pool.language], interpreter: random.chance(0.9))
        if random.chance(0.3) { client.languages.append("en") }
        var family: [FamilyMember] = []
        if random.chance(0.3) {
            let spouse = NamePools.name(from: pool, using: &random)
            family.append(FamilyMember(name: spouse.native, latinName: spouse.latin, relation: "spouse"))
        }
        let file = CaseFile(
            matter: "\(arrival.year)-\(SyntheticCases.pad(number))", client: client, family: family, grounds: grounds,
            track: random.chance(0.85) ? .defensive : .affirmative, court: "San Diego Immigration Court",
            docket: history.isDetained ? .detained : .nonDetained, judge: random.chance(0.7) ? random.pick(judges) : nil,
            paralegal: random.pick(SyntheticCases.paralegals), attorney: random.pick(SyntheticCases.attorneys),
            closed: closed, custody: history.custody, events: history.events,
            evidence: EvidenceBuilder.items(grounds: grounds, language: pool.language, progress: history.progress,
                                            random: &random))
        let lastChange = random.chance(0.85) ? today.adding(days: -random.int(0...29)) : today.adding(days: -random.int(31...200))
        return SyntheticCase(file: file, lastChange: Swift.max(lastChange, arrival))
    }

    let judges = ["Judge Alvarez", "Judge Brennan", "Judge Castellanos", "Judge Dunn", "Judge Ebersole"]

    /// Distinct nine-digit A-numbers: 7,919 is prime to 900,000,000, so the map is one-to-one.
    static func aNumber(for number: Int) -> ANumber? {
        let value = (number * 7_919 + 123_456_789) % 900_000_000 + 100_000_000
        return ANumber(parsing: String(value))
    }

    static func pad(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: Swift.max(0, 6 - text.count)) + text
    }
}
