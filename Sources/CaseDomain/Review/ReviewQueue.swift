/// The day's review queue as one viewer sees it (docs/domain.md §Daily review): the items, whose marks
/// count, the viewer's own marks beside them, and each paralegal's progress for the team view.
public struct ReviewQueue: Hashable, Sendable {
    /// Whose queue it is, or whether it is everyone's.
    public enum Scope: Hashable, Sendable {
        /// The cases where this login is the paralegal or the attorney; their own marks count.
        case user(String)
        /// Every open case; an item counts as reviewed when the case's paralegal marked it.
        case everyone
        /// Every open case, because the viewer has no cases of their own (a supervising attorney): the
        /// firm's queue is theirs, and their own marks count.
        case firm
    }

    public var date: CivilDate
    public var scope: Scope
    /// In the queue's order, each `reviewed` as the scope counts it.
    public var items: [ReviewItem]
    /// The ids the viewer marked for the day (shown beside the count in the everyone view).
    public var viewerMarks: Set<String>
    /// Each paralegal's progress, by login.
    public var team: [TeamProgress]

    public init(date: CivilDate, scope: Scope, items: [ReviewItem], viewerMarks: Set<String> = [],
                team: [TeamProgress] = []) {
        self.date = date
        self.scope = scope
        self.items = items
        self.viewerMarks = viewerMarks
        self.team = team
    }

    public var reviewedCount: Int { items.reduce(0) { $0 + ($1.reviewed ? 1 : 0) } }

    /// The login a `user` scope names (nil for everyone's queue).
    public var user: String? {
        switch scope {
        case .user(let login): login
        case .everyone, .firm: nil
        }
    }

    /// Marks the items as `scope` counts them: a user's own marks, each case's paralegal's (everyone's
    /// queue), or the viewer's (the firm's queue of a login with no cases). `marks` holds each login's
    /// marked ids for the day.
    public static func counting(_ items: [ReviewItem], scope: Scope, marks: [String: Set<String>],
                                viewer: String) -> [ReviewItem] {
        let isReviewed = reviewedTest(scope: scope, marks: marks, viewer: viewer)
        return items.map { item in
            var item = item
            item.reviewed = isReviewed(item)
            return item
        }
    }

    /// Whether `scope` counts an item as reviewed, as `counting` marks it.
    public static func reviewedTest(scope: Scope, marks: [String: Set<String>],
                                    viewer: String) -> @Sendable (ReviewItem) -> Bool {
        switch scope {
        case .user(let login):
            let own = marks[login] ?? []
            return { own.contains($0.id) }
        case .everyone: return { item in item.paralegal.flatMap { marks[$0] }?.contains(item.id) ?? false }
        case .firm:
            let own = marks[viewer] ?? []
            return { own.contains($0.id) }
        }
    }

    /// Each paralegal's progress on their own queue (the cases where they are the paralegal or the
    /// attorney) with their own marks, from everyone's items: the staff directory's paralegals and any
    /// other login a case names as its paralegal, by login.
    public static func team(_ everyone: [ReviewItem], paralegals: [String], marks: [String: Set<String>]) -> [TeamProgress] {
        var logins = Set(paralegals)
        for item in everyone { if let login = item.paralegal { logins.insert(login) } }
        return logins.sorted().map { login in
            let own = everyone.filter { $0.paralegal == login || $0.attorney == login }
            let done = own.reduce(0) { $0 + (marks[login]?.contains($1.id) == true ? 1 : 0) }
            return TeamProgress(login: login, reviewed: done, total: own.count)
        }
    }
}

/// One person's progress through their own review queue for the day: `4/12`.
public struct TeamProgress: Hashable, Sendable {
    public var login: String
    public var reviewed: Int
    public var total: Int

    public init(login: String, reviewed: Int, total: Int) {
        self.login = login
        self.reviewed = reviewed
        self.total = total
    }

    /// `4/12`.
    public var fraction: String { "\(reviewed)/\(total)" }
}
