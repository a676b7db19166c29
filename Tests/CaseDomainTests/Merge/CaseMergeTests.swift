@testable import CaseDomain
import Testing

@Suite("Three-way merge of a case")
struct CaseMergeTests {
    let base = storedCase()

    @Test("Both sides change different fields and items: both kept, no conflict")
    func differentFields() {
        let mine = edited(base) {
            $0.client.latinName = "Dmitry Ivanov"
            $0.evidence[0].status = .received
        }
        let theirs = edited(base) {
            $0.judge = "Judge Okafor"
            $0.evidence[1].status = .requested
            $0.events[1].place = "Courtroom 14"
        }
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.problems.isEmpty)
        #expect(result.merged.client.latinName == "Dmitry Ivanov")
        #expect(result.merged.judge == "Judge Okafor")
        #expect(result.merged.evidence.map(\.status) == [.received, .requested])
        #expect(result.merged.events[1].place == "Courtroom 14")
        #expect(result.resolved([:]) == result.merged)
    }

    @Test("Both sides make the same change: no conflict")
    func sameChange() {
        let change: (inout CaseFile) -> Void = { $0.client.aNumber = ANumber(parsing: "A 123 456 789") }
        let result = CaseMerge.merge(base: base, mine: edited(base, change), theirs: edited(base, change))
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.client.aNumber?.digits == "123456789")
    }

    @Test("Both sides change one field differently: one conflict with before, mine and theirs")
    func sameFieldDifferentValues() {
        let mine = edited(base) { $0.evidence[0].status = .received }
        let theirs = edited(base) { $0.evidence[0].status = .unavailable
            $0.evidence[0].unavailableReason = "The registry burned down" }
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts == [MergeConflict(path: path("evidence[d1].status"),
                                                   label: "Evidence “Birth certificate”: status",
                                                   base: "requested", mine: "received", theirs: "unavailable")])
        #expect(result.merged.evidence[0].status == .unavailable)
        let chosen = result.resolved([path("evidence[d1].status"): .mine])
        #expect(chosen.evidence[0].status == .received)
        #expect(chosen.evidence[0].unavailableReason == "The registry burned down")
        #expect(CaseValidation.problems(in: chosen).isEmpty)
    }

    @Test("resolved applies each choice to its own field and keeps theirs elsewhere")
    func resolvedChoices() {
        let mine = edited(base) { $0.court = "Varick Street"
            $0.client.name = "Дмитрий Иванович Иванов" }
        let theirs = edited(base) { $0.court = "Elizabeth"
            $0.client.name = "Дмитрий И. Иванов" }
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.map(\.path) == [path("client.name"), path("court")])
        #expect(result.conflicts.first?.label == "Client name")
        let chosen = result.resolved([path("court"): .mine, path("client.name"): .theirs])
        #expect(chosen.court == "Varick Street")
        #expect(chosen.client.name == "Дмитрий И. Иванов")
        #expect(result.resolved([path("court"): .theirs]) == result.merged)
    }

    @Test("Items added on both sides are both kept; one added under the same id twice keeps both, mine without its id")
    func addedOnBothSides() {
        let mine = edited(base) { $0.events.append(TimelineEvent(kind: .biometrics, date: day("2026-12-10"))) }
        let theirs = edited(base) {
            $0.events.append(TimelineEvent(kind: .note, date: day("2026-12-02"), notes: "Called the court",
                                           sequence: 3, id: ItemID("e7-1")))
        }
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.events.map(\.kind) == [.arrival, .masterHearing, .note, .biometrics])
        #expect(result.merged.events.last?.id == nil)

        let sameID = edited(base) { $0.evidence.append(EvidenceItem(category: .medical, title: "Medical report",
                                                                    id: ItemID("d7-1"))) }
        let both = CaseMerge.merge(base: base, mine: sameID, theirs: edited(base) {
            $0.evidence.append(EvidenceItem(category: .witness, title: "Letter from a neighbour", id: ItemID("d7-1")))
        })
        #expect(both.conflicts.isEmpty)
        #expect(both.merged.evidence.map(\.title).suffix(2) == ["Letter from a neighbour", "Medical report"])
        #expect(both.merged.evidence.last?.id == nil)
        #expect(both.problems.isEmpty)
    }

    @Test("An item one side removed: removed, unless the other edited it, which is a conflict")
    func removedAndEdited() {
        let removed = edited(base) { $0.events.removeAll { $0.id == ItemID("e2") } }
        let plain = CaseMerge.merge(base: base, mine: removed, theirs: edited(base) { $0.judge = "Judge Okafor" })
        #expect(plain.conflicts.isEmpty)
        #expect(plain.merged.events.map(\.id) == [ItemID("e1")])

        let editedByThem = edited(base) { $0.events[1].status = .adjourned }
        let result = CaseMerge.merge(base: base, mine: removed, theirs: editedByThem)
        #expect(result.conflicts.count == 1)
        let conflict = result.conflicts[0]
        #expect(conflict.path == path("events[e2]"))
        #expect(conflict.label == "Event “Master calendar hearing” of 2026-12-03")
        #expect(conflict.base == "master-hearing on 2026-12-03" && conflict.mine == nil)
        #expect(conflict.theirs == "master-hearing on 2026-12-03")
        #expect(result.merged.events.count == 2)
        #expect(result.resolved([conflict.path: .mine]).events.map(\.id) == [ItemID("e1")])

        // The other way round: they removed what mine edited.
        let reversed = CaseMerge.merge(base: base, mine: editedByThem, theirs: removed)
        #expect(reversed.conflicts.map(\.path) == [path("events[e2]")])
        #expect(reversed.conflicts[0].theirs == nil)
        #expect(reversed.merged.events.count == 1)
        #expect(reversed.resolved([path("events[e2]"): .mine]).events.last?.status == .adjourned)
    }

    @Test("Family members merge by position; members both sides added are both kept")
    func familyByPosition() {
        let mine = edited(base) {
            $0.family[0].aNumber = ANumber(parsing: "A 234 567 890")
            $0.family.append(FamilyMember(name: "Мария Иванова", relation: "daughter"))
        }
        let theirs = edited(base) {
            $0.family[0].latinName = "Anna Ivanova"
            $0.family.append(FamilyMember(name: "Иван Иванов", relation: "son"))
        }
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.family.map(\.name) == ["Анна Иванова", "Иван Иванов", "Мария Иванова"])
        #expect(result.merged.family[0].aNumber?.digits == "234567890")
        #expect(result.merged.family[0].latinName == "Anna Ivanova")
    }

    @Test("Two custody changes at once: the history conflicts whole, and either choice is valid")
    func custodyOrder() {
        func released(_ status: CustodyStatus, on date: String) -> (inout CaseFile) -> Void {
            { file in
                file.custody[1].to = day(date)
                file.custody.append(CustodyPeriod(status: status, from: day(date)))
            }
        }
        let mine = edited(base, released(.iceDetained, on: "2026-11-20"))
        let theirs = edited(base, released(.bond, on: "2026-11-20"))
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.map(\.path) == [path("custody")])
        #expect(result.conflicts[0].label == "Custody history")
        #expect(result.conflicts[0].reason?.contains("second open period") == true)
        #expect(result.problems.isEmpty)
        #expect(result.merged.custody == theirs.custody)
        let chosen = result.resolved([path("custody"): .mine])
        #expect(chosen.custody == mine.custody)
        #expect(CaseValidation.problems(in: chosen).isEmpty)
    }

    @Test("Fields of one custody period edited on both sides stay field by field while every mix is valid")
    func custodyFieldsStayFine() {
        let mine = edited(base) { $0.custody[1].place = "Brooklyn" }
        let theirs = edited(base) { $0.custody[1].conditions = "Report monthly" }
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.custody[1].place == "Brooklyn")
        #expect(result.merged.custody[1].conditions == "Report monthly")
    }

    @Test("An event whose kind one side changed and whose outcome the other set conflicts whole")
    func invalidItemMix() {
        let mine = edited(base) { $0.events[0].kind = .cfi
            $0.events[0].outcome = .positive }
        let theirs = edited(base) { $0.events[0].kind = .note }
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.map(\.path) == [path("events[e1]")])
        #expect(result.conflicts[0].reason?.contains("outcome") == true)
        #expect(result.problems.isEmpty)
        #expect(result.merged.events[0].kind == .note)
        let chosen = result.resolved([path("events[e1]"): .mine])
        #expect(chosen.events[0].kind == .cfi && chosen.events[0].outcome == .positive)
    }

    @Test("An item only one side removed goes; an id-less item a form added is mine's addition")
    func oneSidedListChanges() {
        let theirs = edited(base) { $0.evidence.removeAll { $0.id == ItemID("d2") } }
        let mine = edited(base) { $0.evidence.append(EvidenceItem(category: .forms, title: "I-589")) }
        let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.evidence.map(\.title) == ["Birth certificate", "I-589"])
    }
}
