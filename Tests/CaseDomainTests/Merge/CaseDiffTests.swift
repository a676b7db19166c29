@testable import CaseDomain
import Testing

@Suite("Differences between two versions of a case")
struct CaseDiffTests {
    let base = storedCase()

    @Test("A new case lists its fields and each of its items as added")
    func created() {
        let changes = CaseDiff.changes(from: nil, to: base)
        #expect(changes.allSatisfy { $0.old == nil && $0.new != nil })
        let byPath = Dictionary(uniqueKeysWithValues: changes.map { ($0.path.description, $0) })
        #expect(byPath["matter"]?.new == "2026-0142")
        #expect(byPath["client.name"]?.label == "Client name")
        #expect(byPath["client.aNumber"]?.new == "A 012 345 678")
        #expect(byPath["client.birthDate"]?.new == "1990-04-12")
        #expect(byPath["client.languages"]?.new == "ru")
        #expect(byPath["grounds"]?.new == "political-opinion")
        #expect(byPath["family[0]"]?.new == "Анна Иванова (spouse)")
        #expect(byPath["custody[p2]"]?.new == "paroled from 2026-03-01")
        #expect(byPath["events[e2]"]?.label == "Event “Master calendar hearing” of 2026-12-03")
        #expect(byPath["evidence[d1]"]?.new == "Birth certificate (identity, requested)")
        #expect(byPath["track"]?.new == "defensive")
        #expect(CaseDiff.changes(from: base, to: nil).allSatisfy { $0.new == nil && $0.old != nil })
        #expect(CaseDiff.changes(from: nil, to: nil).isEmpty)
    }

    @Test("An edit lists each changed field with its old and new value, items by id whatever their order")
    func edits() {
        let after = edited(base) {
            $0.client.languages = ["ru", "uk"]
            $0.closed = CaseClosure(date: day("2026-11-30"), reason: .granted)
            $0.evidence.reverse()
            $0.evidence[1].status = .received
            $0.custody[1].bondAmount = 5_000
            $0.events[0].sequence = 9  // renumbered by the store: not a change anyone made
        }
        let changes = CaseDiff.changes(from: base, to: after)
        #expect(changes == [
            FieldChange(path: path("client.languages"), label: "Client languages", old: "ru", new: "ru, uk"),
            FieldChange(path: path("closed"), label: "Closed", old: nil, new: "granted on 2026-11-30"),
            FieldChange(path: path("custody[p2].bondAmount"), label: "Custody “Paroled from 2026-03-01”: bond amount",
                        old: nil, new: "5000"),
            FieldChange(path: path("evidence[d1].status"), label: "Evidence “Birth certificate”: status",
                        old: "requested", new: "received"),
        ])
        #expect(CaseDiff.changes(from: base, to: base).isEmpty)
    }

    @Test("Removed and added items are whole-item changes")
    func addedAndRemoved() {
        let after = edited(base) {
            $0.events.removeFirst()
            $0.events.append(TimelineEvent(kind: .deadline, date: day("2027-01-04"), title: "File the I-589",
                                           id: ItemID("e9-1")))
            $0.family.removeAll()
        }
        let changes = CaseDiff.changes(from: base, to: after)
        #expect(changes.map(\.path.description) == ["family[0]", "events[e1]", "events[e9-1]"])
        #expect(changes[1].old == "arrival on 2026-01-10" && changes[1].new == nil)
        #expect(changes[2].new == "deadline on 2027-01-04: File the I-589")
        #expect(changes[2].label == "Event “File the I-589” of 2027-01-04")
    }

    @Test("Paths print and parse back; their order follows the case's fields")
    func paths() {
        for text in ["client.name", "family[0].aNumber", "events[e3]", "events[e3].date", "evidence[d2].status",
                     "custody[p1].to", "custody"] {
            #expect(path(text).description == text)
        }
        #expect(FieldPath(parsing: "events[") == nil)
        #expect(FieldPath(parsing: "events[a b]") == nil)
        #expect(FieldPath(parsing: ".name") == nil)
        #expect(path("family[0]").segments == [.key("family"), .position(0)])
        #expect(path("matter") < path("client.name"))
        #expect(path("client.name") < path("client.aNumber"))
        #expect(path("family[2]") < path("family[10]"))
        #expect(path("events[e3]") < path("events[e3].date"))
        #expect(path("events[e3]").contains(path("events[e3].date")))
        #expect(!path("events[e3]").contains(path("events[e30]")))
    }
}
