import ScreenKit

/// The review queue's part of the key table (`Keymap.bindings` includes it).
enum ReviewKeys {
    static let bindings: [KeyBinding] = [
        KeyBinding([.character("r")], .review(.toggle), "Today's review queue (again to close)", hint: "review",
                   group: .review, contexts: [.normal, .review]),
        KeyBinding([.character(" "), .character("x")], .review(.toggleMark), "Mark the item reviewed (again to unmark)",
                   hint: "mark", group: .review, contexts: [.review], mutates: true),
        KeyBinding([.character("n")], .review(.nextUnreviewed), "Next item not yet reviewed", hint: "next",
                   group: .review, contexts: [.review]),
        KeyBinding([.character("a")], .review(.toggleEveryone), "Everyone's queue or your own", hint: "all",
                   group: .review, contexts: [.review]),
        KeyBinding([.character("T")], .review(.toggleTeam), "Each paralegal's progress (team view)", hint: "team",
                   group: .review, contexts: [.review]),
        KeyBinding([.enter], .review(.openCase), "Go to the item's case (Esc comes back)", hint: "open",
                   group: .review, contexts: [.review]),
    ]
}
