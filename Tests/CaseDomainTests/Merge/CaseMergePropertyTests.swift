@testable import CaseDomain
import Testing

/// Random edits on both sides of a small case: every merge is valid, every choice is valid, and with no
/// conflict nothing either side changed is lost.
@Suite("Merging random edits")
struct CaseMergePropertyTests {
    /// A fixed-seed generator, so a failure repeats.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// One person's edit, as a form would make it.
    static let edits: [@Sendable (inout CaseFile, inout SplitMix) -> Void] = [
        { file, rng in file.judge = ["Judge Okafor", "Judge Rivera", "Judge Lee"].randomElement(using: &rng) },
        { file, rng in file.client.latinName = ["Dmitry Ivanov", "Dmitri Ivanov"].randomElement(using: &rng) },
        { file, rng in file.client.languages = [["ru"], ["ru", "uk"], ["uk"]].randomElement(using: &rng) ?? [] },
        { file, rng in
            guard !file.evidence.isEmpty else { return }
            let index = Int.random(in: file.evidence.indices, using: &rng)
            file.evidence[index].status = file.evidence[index].status.advanced(needsTranslation: file.evidence[index].needsTranslation)
        },
        { file, rng in
            guard !file.evidence.isEmpty else { return }
            file.evidence[Int.random(in: file.evidence.indices, using: &rng)].exhibit = ["A", "B", "C"].randomElement(using: &rng)
        },
        { file, rng in
            guard !file.events.isEmpty else { return }
            file.events.remove(at: Int.random(in: file.events.indices, using: &rng))
        },
        { file, rng in
            guard !file.evidence.isEmpty else { return }
            file.evidence.remove(at: Int.random(in: file.evidence.indices, using: &rng))
        },
        { file, rng in
            file.events.append(TimelineEvent(kind: .note, date: day("2026-11-2\(Int.random(in: 0...9, using: &rng))"),
                                             notes: "Called"))
        },
        { file, rng in
            guard !file.events.isEmpty else { return }
            let index = Int.random(in: file.events.indices, using: &rng)
            file.events[index].kind = [.note, .cfi, .vdGranted, .masterHearing].randomElement(using: &rng) ?? .note
            file.events[index].outcome = file.events[index].kind == .cfi ? .positive : nil
            file.events[index].days = file.events[index].kind == .vdGranted ? 60 : nil
            file.events[index].status = nil
        },
        { file, rng in
            guard !file.events.isEmpty else { return }
            let index = Int.random(in: file.events.indices, using: &rng)
            if file.events[index].kind == .cfi { file.events[index].outcome = .negative }
            if file.events[index].kind.isHearing { file.events[index].status = .adjourned }
            if file.events[index].kind == .vdGranted { file.events[index].days = 120 }
        },
        { file, rng in
            // A custody change: the current period ends, a new one opens.
            let date = day("2026-11-1\(Int.random(in: 0...9, using: &rng))")
            guard let open = file.custody.firstIndex(where: { $0.to == nil }), file.custody[open].from < date else { return }
            file.custody[open].to = date
            file.custody.append(CustodyPeriod(status: [.bond, .iceDetained, .supervision].randomElement(using: &rng) ?? .bond,
                                              from: date))
        },
        { file, rng in
            guard !file.custody.isEmpty else { return }
            file.custody[Int.random(in: file.custody.indices, using: &rng)].place = ["Elizabeth", "Batavia"].randomElement(using: &rng)
        },
        { file, rng in
            file.family.append(FamilyMember(name: ["Мария", "Иван"].randomElement(using: &rng) ?? "Мария"))
        },
        { file, _ in if !file.family.isEmpty { file.family.removeFirst() } },
    ]

    static func randomSide(_ base: CaseFile, _ rng: inout SplitMix) -> CaseFile {
        var file = base
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            Self.edits.randomElement(using: &rng)?(&file, &rng)
        }
        return file
    }

    @Test("500 random pairs of edits: merged and every resolution valid; no conflict, nothing lost")
    func randomEdits() {
        var rng = SplitMix(state: 20_261_201)
        let base = storedCase()
        var conflicted = 0
        for round in 0..<500 {
            let mine = Self.randomSide(base, &rng), theirs = Self.randomSide(base, &rng)
            guard CaseValidation.problems(in: mine).isEmpty, CaseValidation.problems(in: theirs).isEmpty else { continue }
            let result = CaseMerge.merge(base: base, mine: mine, theirs: theirs)
            #expect(result.problems.isEmpty, "round \(round): \(result.problems)")
            let allMine = Dictionary(uniqueKeysWithValues: result.conflicts.map { ($0.path, MergeChoice.mine) })
            let chosen = result.resolved(allMine)
            #expect(CaseValidation.problems(in: chosen).isEmpty, "round \(round)")
            #expect(result.resolved([:]) == result.merged)
            guard result.conflicts.isEmpty else {
                conflicted += 1
                continue
            }
            // Everything only one side changed is in the merged case.
            let theirPaths = Set(CaseDiff.changes(from: base, to: theirs).map(\.path))
            let myPaths = Set(CaseDiff.changes(from: base, to: mine).map(\.path))
            let drift = Set(CaseDiff.changes(from: mine, to: result.merged).map(\.path))
            let lostMine = myPaths.subtracting(theirPaths).filter { drift.contains($0) && !isNewItem($0) }
            #expect(lostMine.isEmpty, "round \(round): \(lostMine)")
            let drift2 = Set(CaseDiff.changes(from: theirs, to: result.merged).map(\.path))
            let lostTheirs = theirPaths.subtracting(myPaths).filter { drift2.contains($0) && !isNewItem($0) }
            #expect(lostTheirs.isEmpty, "round \(round): \(lostTheirs)")
        }
        #expect(conflicted > 0)
    }

    /// A position path of an item without an id or a family member: positions shift when the other side
    /// adds or removes items too, so the path names another item in the merged case.
    private func isNewItem(_ path: FieldPath) -> Bool {
        path.segments.contains { if case .position = $0 { true } else { false } }
    }
}
