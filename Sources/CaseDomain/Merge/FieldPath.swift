/// Where a value sits in a case, for diffs, merges and the conflict screen: `client.name`,
/// `family[0].aNumber` (family members have no ids, so by position), `events[e3]` (a whole item),
/// `events[e3].date`, `evidence[d2].status`, `custody[p1].to`, `custody` (the whole history).
///
/// Items of the custody, events and evidence lists are named by their stable ids (`docs/formats.md`,
/// Stable ids), so a path means the same item however the lists were reordered; an item without an id
/// (one a form has just added) is named by its position among the id-less items of its list.
public struct FieldPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// One step of a path.
    public enum Segment: Hashable, Sendable {
        /// A field by its JSON key (`client`, `aNumber`).
        case key(String)
        /// A list element by position (family members; items without an id).
        case position(Int)
        /// A list item by its stable id.
        case item(ItemID)
    }

    public let segments: [Segment]

    public init(_ segments: [Segment]) { self.segments = segments }

    /// A path of keys only: `FieldPath(keys: "client", "name")` is `client.name`.
    public init(keys: String...) { segments = keys.map(Segment.key) }

    /// Reads the text form back (`events[e3].date`). A bracket holding only digits is a position, anything
    /// else an item id; nil when the text is not a path.
    public init?(parsing text: String) {
        var segments: [Segment] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "[", omittingEmptySubsequences: false)
            guard let name = pieces.first, !name.isEmpty else { return nil }
            segments.append(.key(String(name)))
            for piece in pieces.dropFirst() {
                guard piece.hasSuffix("]") else { return nil }
                let inside = String(piece.dropLast())
                if !inside.isEmpty, inside.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let index = Int(inside) {
                    segments.append(.position(index))
                } else if let id = ItemID(inside) {
                    segments.append(.item(id))
                } else {
                    return nil
                }
            }
        }
        self.segments = segments
    }

    /// This path followed by a field.
    public func appending(_ key: String) -> FieldPath { FieldPath(segments + [.key(key)]) }

    /// This path followed by a list element.
    public func appending(_ segment: Segment) -> FieldPath { FieldPath(segments + [segment]) }

    /// Whether `other` is this path or lies inside it (`events[e3]` contains `events[e3].date`).
    public func contains(_ other: FieldPath) -> Bool {
        other.segments.count >= segments.count && Array(other.segments.prefix(segments.count)) == segments
    }

    public var description: String {
        var text = ""
        for segment in segments {
            switch segment {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .position(let index): text += "[" + String(index) + "]"
            case .item(let id): text += "[" + id.rawValue + "]"
            }
        }
        return text
    }

    /// The order of the case's own fields first (as `docs/formats.md` lists them), then by segment:
    /// positions by number, ids by their bytes, other keys by name. Deterministic, so lists of changes
    /// and conflicts read the same way every time.
    public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool {
        for (a, b) in zip(lhs.segments, rhs.segments) where a != b {
            return Segment.precedes(a, b)
        }
        return lhs.segments.count < rhs.segments.count
    }
}

extension FieldPath.Segment {
    /// The case's fields in the order of `docs/formats.md`, then each item's fields in its own order.
    private static let keyOrder: [String: Int] = {
        let keys = ["matter", "client", "name", "latinName", "relation", "aNumber", "birthDate", "nationality",
                    "languages", "interpreter", "family", "grounds", "track", "court", "docket", "judge", "paralegal",
                    "attorney", "oneYearException", "closed", "custody", "events", "evidence",
                    "kind", "category", "title", "status", "from", "to", "date", "time", "place", "authority",
                    "bondEligible", "bondAmount", "obligor", "paroleExpiry", "conditions", "atd", "nextCheckIn",
                    "sponsor", "outcome", "days", "hearing", "expires", "language", "needsTranslation",
                    "translationCertified", "exhibit", "unavailableReason", "recordedBy", "notes"]
        return Dictionary(keys.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }()

    static func precedes(_ a: Self, _ b: Self) -> Bool {
        switch (a, b) {
        case (.key(let x), .key(let y)):
            let rx = keyOrder[x] ?? Int.max, ry = keyOrder[y] ?? Int.max
            return rx != ry ? rx < ry : x.utf8.lexicographicallyPrecedes(y.utf8)
        case (.position(let x), .position(let y)): return x < y
        case (.item(let x), .item(let y)): return x < y
        case (.key, _): return true
        case (.position, .key): return false
        case (.position, .item): return true
        case (.item, _): return false
        }
    }
}
