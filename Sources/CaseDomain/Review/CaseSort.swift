/// How the case list is ordered: the store's queries and the dashboard's `:sort` share it. The raw value is
/// the word `:sort` takes.
public enum CaseSort: String, Sendable, CaseIterable, Hashable {
    /// Earliest pending deadline first, cases without one last; ties by matter.
    case nextDeadline = "next"
    /// By the Latin name when there is one, else the name, case-insensitively; ties by matter.
    case name
    /// By matter number, in byte order.
    case matter
}
