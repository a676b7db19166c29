import CaseDomain

extension DashboardState {
    /// Whether the review queue is what the screen shows (not a case opened from it).
    public var isReviewShown: Bool { reviewScreen.map { !$0.isShowingCase } ?? false }

    /// Everything the review queue does.
    mutating func updateReview(_ action: ReviewAction) -> [Effect] {
        switch action {
        case .toggle:
            if isReviewShown {
                reviewScreen = nil
                return []
            }
            if var screen = reviewScreen {
                screen.isShowingCase = false
                reviewScreen = screen
                return [reviewLoad(screen)]
            }
            let screen = ReviewScreen()
            reviewScreen = screen
            return [reviewLoad(screen)]
        case .toggleMark: return toggleReviewMark()
        case .nextUnreviewed:
            guard var screen = reviewScreen, !screen.items.isEmpty else { return [] }
            let count = screen.items.count
            for step in 1...count {
                let index = (screen.selected + step) % count
                if !screen.items[index].reviewed {
                    screen.selected = index
                    screen.selectedItemID = screen.items[index].id
                    reviewScreen = screen
                    keepReviewVisible()
                    return []
                }
            }
            message = StatusMessage("Every item is reviewed")
            return []
        case .toggleEveryone:
            guard var screen = reviewScreen else { return [] }
            screen.everyone.toggle()
            screen.queue = nil
            screen.selected = 0
            screen.selectedItemID = nil
            screen.scroll = 0
            reviewScreen = screen
            return [reviewLoad(screen)]
        case .toggleTeam:
            guard var screen = reviewScreen else { return [] }
            screen.showsTeam.toggle()
            reviewScreen = screen
            return screen.showsTeam ? [reviewLoad(screen)] : []
        case .openCase: return openReviewCase()
        case .loaded(let queue):
            guard var screen = reviewScreen else { return [] }
            // An answer for the other view (the toggle moved on) or another day is stale.
            let isEveryone = queue.scope == .everyone
            guard isEveryone == screen.everyone, queue.date == today else { return [] }
            screen.replaceQueue(queue)
            reviewScreen = screen
            keepReviewVisible()
            return []
        case .markStored(let error):
            if let error { message = StatusMessage(error, isError: true) }
            return reviewScreen.map { [reviewLoad($0), .reloadReviewProgress] } ?? [.reloadReviewProgress]
        }
    }

    /// The open queue is read again whenever the header's count is: a case changed, marks changed (in
    /// another session too), the day moved on.
    func withReviewReload(_ effects: [Effect]) -> [Effect] {
        guard let screen = reviewScreen, effects.contains(.reloadReviewProgress) else { return effects }
        return effects + [reviewLoad(screen)]
    }

    /// The effect that reads the queue as `screen` shows it.
    func reviewLoad(_ screen: ReviewScreen) -> Effect {
        .review(.load(everyone: screen.everyone, team: screen.showsTeam))
    }

    /// Marks or unmarks the selected item at once on screen, and asks the store to keep it.
    mutating func toggleReviewMark() -> [Effect] {
        guard var screen = reviewScreen, !screen.showsTeam, let item = screen.selectedItem,
              var queue = screen.queue else { return [] }
        let marking = !screen.isMarkedByViewer(item)
        if marking { queue.viewerMarks.insert(item.id) } else { queue.viewerMarks.remove(item.id) }
        // The item's own tick is the viewer's mark in their own queue, and in everyone's when the viewer is
        // the case's paralegal.
        let counts: Bool
        switch queue.scope {
        case .user, .firm: counts = true
        case .everyone: counts = item.paralegal == user
        }
        if counts { queue.items[screen.selected].reviewed = marking }
        screen.queue = queue
        reviewScreen = screen
        if marking, case .user = queue.scope, queue.items.allSatisfy(\.reviewed) {
            message = StatusMessage("All \(queue.items.count) items reviewed")
        }
        return [.review(.mark(itemID: item.id, marked: marking))]
    }

    /// Opens the selected item's case, on the pane and row it is about.
    mutating func openReviewCase() -> [Effect] {
        guard var screen = reviewScreen, !screen.showsTeam, let item = screen.selectedItem,
              let id = item.caseID ?? allCases.first(where: { $0.matter == item.matter })?.id else { return [] }
        // A filter that hides the case would leave nothing selected.
        if !filter.isEmpty, !visibleCases.contains(where: { $0.id == id }) { setFilter("") }
        let target = ReviewTarget(item.detail)
        screen.isShowingCase = true
        screen.pendingTarget = target
        reviewScreen = screen
        focus = target.pane
        detailTab = target.pane
        if id == selectedID, detail?.caseID == id {
            applyReviewTarget()
            return []
        }
        selectedID = id
        detail = nil
        selection = [:]
        scroll = scroll.filter { $0.key == .cases }
        keepVisible(.cases)
        return [.loadCase(id: id)]
    }

    /// Once the case opened from the queue has loaded, selects the row its item is about.
    mutating func applyReviewTarget() {
        guard var screen = reviewScreen, let target = screen.pendingTarget, let detail else { return }
        screen.pendingTarget = nil
        reviewScreen = screen
        if let row = ReviewTargetRow.row(for: target, detail, state: self) {
            selection[target.pane] = row
            keepVisible(target.pane)
        }
    }

    /// Esc on a case opened from the queue goes back to the queue where it was.
    mutating func returnToReview() -> Bool {
        guard var screen = reviewScreen, screen.isShowingCase else { return false }
        screen.isShowingCase = false
        screen.pendingTarget = nil
        reviewScreen = screen
        return true
    }

    /// Moves the queue's selection (the movement keys while it is shown).
    mutating func moveReview(by delta: Int) {
        guard var screen = reviewScreen, !screen.showsTeam, !screen.items.isEmpty else { return }
        screen.selected = max(0, min(screen.items.count - 1, screen.selected.addingClamped(delta)))
        screen.selectedItemID = screen.selectedItem?.id
        reviewScreen = screen
        keepReviewVisible()
    }

    /// Keeps the selected item within the rows the queue shows.
    mutating func keepReviewVisible() {
        guard var screen = reviewScreen else { return }
        let rows = ReviewView.itemRows(self)
        let lines = ReviewView.lineIndex(ofItem: screen.selected, screen.items)
        screen.scroll = PaneContent.top(selected: lines, remembered: screen.scroll, rows: rows,
                                        count: ReviewView.lineCount(screen.items))
        reviewScreen = screen
    }
}
