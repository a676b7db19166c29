/// The four panes, in Tab order; `1`–`4` jump to them.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case cases = 1, timeline, custody, evidence

    public var title: String {
        switch self {
        case .cases: "Cases"
        case .timeline: "Timeline"
        case .custody: "Custody"
        case .evidence: "Evidence"
        }
    }

    /// The pane after this one in Tab order (wrapping).
    public var next: Pane { Pane(rawValue: rawValue % 4 + 1) ?? .cases }

    /// The pane before this one in Tab order (wrapping).
    public var previous: Pane { Pane(rawValue: (rawValue + 2) % 4 + 1) ?? .cases }

    /// The panes of the open case (everything but the list).
    public var isDetail: Bool { self != .cases }
}

