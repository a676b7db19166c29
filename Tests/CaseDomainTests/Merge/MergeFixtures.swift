@testable import CaseDomain

/// A small stored case with ids on every item, as both sides of a merge start from.
func storedCase() -> CaseFile {
    CaseFile(
        matter: "2026-0142",
        client: Client(name: "Дмитрий Иванов", latinName: "Dmitrii Ivanov", aNumber: ANumber(parsing: "A012345678"),
                       birthDate: day("1990-04-12"), nationality: "RU", languages: ["ru"], interpreter: true),
        family: [FamilyMember(name: "Анна Иванова", relation: "spouse", birthDate: day("1992-06-01"))],
        grounds: [.politicalOpinion], track: .defensive, court: "New York Broadway", docket: .nonDetained,
        judge: "Judge Rivera", paralegal: "mlopez", attorney: "jchen",
        custody: [
            CustodyPeriod(status: .iceDetained, from: day("2026-01-13"), to: day("2026-03-01"), id: ItemID("p1")),
            CustodyPeriod(status: .paroled, from: day("2026-03-01"), id: ItemID("p2")),
        ],
        events: [
            TimelineEvent(kind: .arrival, date: day("2026-01-10"), sequence: 1, id: ItemID("e1")),
            TimelineEvent(kind: .masterHearing, date: day("2026-12-03"), time: TimeOfDay(hour: 9, minute: 0),
                          place: "Courtroom 12", sequence: 2, id: ItemID("e2")),
        ],
        evidence: [
            EvidenceItem(category: .identity, title: "Birth certificate", status: .requested, language: "ru",
                         needsTranslation: true, id: ItemID("d1")),
            EvidenceItem(category: .declaration, title: "Client declaration", id: ItemID("d2")),
        ],
        id: CaseID("ca6d9b752f60122d755db8949"))
}

/// `file` with `change` applied: a side's edits, written as plainly as a test can.
func edited(_ file: CaseFile, _ change: (inout CaseFile) -> Void) -> CaseFile {
    var copy = file
    change(&copy)
    return copy
}

func path(_ text: String) -> FieldPath {
    FieldPath(parsing: text)!
}

func id(_ text: String) -> ItemID {
    ItemID(text)!
}
