import CaseDomain

/// Deterministic pseudo-random cases in canonical form (what an export writes), for round trips and
/// for the timed export/import runs.
final class CaseGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    func pick<T>(_ values: [T]) -> T { values[next(values.count)] }

    func maybe<T>(_ value: @autoclosure () -> T) -> T? { next(3) == 0 ? nil : value() }

    func date(from year: Int = 1960, span: Int = 60) -> CivilDate {
        CivilDate(year: year + next(span), month: 1 + next(12), day: 1 + next(28)) ?? CivilDate(dayNumber: 0)
    }

    static let names = ["Дмитрий Иванов", "王芳", "김민준", "مريم أحمد", "Olena \"Lena\" Kovalenko", "José Pérez",
                        "Ana, María", "Back\\slash / Slash", "ተስፋዬ ገብረ", "Ñandú"]

    /// The `index`-th case: a unique matter and A-number, every field kind exercised.
    func makeCase(_ index: Int) -> CaseFile {
        let matter = "2026-" + String(100_000 + index)
        let aNumber = ANumber(parsing: String(100_000_000 + index))
        var custody: [CustodyPeriod] = []
        let start = date(from: 2018, span: 4)
        if next(2) == 0 {
            custody.append(CustodyPeriod(status: .iceDetained, from: start, to: start.adding(days: 1 + next(90)),
                                         place: maybe("Otay Mesa Detention Center"), authority: maybe("235(b)(1)")))
        }
        let releasedFrom = (custody.last?.to ?? start).adding(days: next(3))
        custody.append(CustodyPeriod(status: pick([.paroled, .bond, .recognizance]), from: releasedFrom,
                                     bondAmount: maybe(1_500 + next(20_000)), paroleExpiry: maybe(date(from: 2026, span: 3)),
                                     conditions: maybe("Report, monthly"), atd: maybe(pick(AlternativeToDetention.allCases)),
                                     nextCheckIn: maybe(date(from: 2026, span: 1)),
                                     sponsor: maybe(Sponsor(name: pick(Self.names), relation: maybe("sister"),
                                                            phone: maybe("+1 619 555 0100"), address: maybe("…"))),
                                     notes: maybe("First line\nSecond\tline")))
        var events: [TimelineEvent] = [TimelineEvent(kind: .arrival, date: start, place: maybe("San Ysidro POE"))]
        events.append(TimelineEvent(kind: .masterHearing, date: date(from: 2026, span: 2),
                                    time: maybe(TimeOfDay(hour: 8 + next(8), minute: 15 * next(4)) ?? TimeOfDay(hour: 9, minute: 0)!),
                                    place: maybe("880 Front St, Courtroom 4"), status: maybe(pick(HearingStatus.allCases))))
        events.append(TimelineEvent(kind: .cfi, date: start.adding(days: 5), outcome: maybe(pick([.positive, .negative]))))
        events.append(TimelineEvent(kind: .deadline, date: date(from: 2026, span: 2), title: "Call the \"expert\"",
                                    notes: maybe("Needs\n\nthree lines"), recordedBy: "mreyes"))
        events.append(TimelineEvent(kind: .vdGranted, date: start.adding(days: 5), days: 1 + next(120)))
        events.append(TimelineEvent(kind: .filing, date: start.adding(days: 5), hearing: maybe(date(from: 2026, span: 1))))
        let evidence = (0..<next(5)).map { number in
            EvidenceItem(category: pick(EvidenceCategory.allCases), title: "Item \(number) " + pick(["A", "b", "Ж", "中"]),
                         status: .received, language: maybe(pick(["ru", "uk", "zh"])), needsTranslation: next(2) == 0,
                         translationCertified: next(2) == 0, exhibit: maybe("Tab \(number)"))
        }
        let file = CaseFile(
            matter: matter,
            client: Client(name: pick(Self.names), latinName: maybe("Latin Name"), aNumber: aNumber,
                           birthDate: maybe(date()), nationality: maybe(pick(["RU", "UA", "CN", "stateless"])),
                           languages: next(2) == 0 ? ["ru", "en"] : [], interpreter: next(2) == 0),
            family: next(2) == 0 ? [FamilyMember(name: pick(Self.names), relation: maybe("spouse"),
                                                 aNumber: ANumber(parsing: String(200_000_000 + index)), birthDate: maybe(date()))] : [],
            grounds: next(2) == 0 ? [.politicalOpinion, .cat] : [.religion], track: maybe(pick(Track.allCases)),
            court: maybe("San Diego Immigration Court"), docket: maybe(pick(Docket.allCases)), judge: maybe("Hon. K. Smith"),
            paralegal: maybe("mreyes"), attorney: maybe("jsapochnick"),
            oneYearException: maybe(pick(OneYearException.allCases)),
            closed: next(5) == 0 ? CaseClosure(date: date(from: 2025, span: 2), reason: pick(ClosedReason.allCases)) : nil,
            custody: custody, events: events, evidence: evidence)
        return Self.canonical(file)
    }

    /// What a decoder returns for an export of `file`: lists in export order, events numbered by position.
    static func canonical(_ file: CaseFile) -> CaseFile {
        var copy = file
        copy.custody = file.custody.chronological
        copy.events = file.events.chronological.enumerated().map { index, event in
            var numbered = event
            numbered.sequence = index
            return numbered
        }
        copy.evidence = file.evidence.sorted { a, b in
            a.category.order != b.category.order ? a.category.order < b.category.order
                : a.title.unicodeScalars.lexicographicallyPrecedes(b.title.unicodeScalars)
        }
        return copy
    }
}
