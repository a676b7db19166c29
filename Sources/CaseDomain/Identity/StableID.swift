/// A stable id: 1 to 64 characters from `A-Z a-z 0-9 - _` (`docs/formats.md`, Stable ids), typed by what
/// it names so a case's id is never taken for an item's.
public struct StableID<Kind>: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Nil when `rawValue` is not of the id form.
    public init?(_ rawValue: String) {
        guard StableIDText.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    init(unchecked rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool {
        a.rawValue.utf8.lexicographicallyPrecedes(b.rawValue.utf8)
    }
}

/// What a `CaseID` names.
public enum CaseIDKind {}
/// What an `ItemID` names.
public enum ItemIDKind {}

/// The stable id of a case: unique in the store, never reused, never changed by an edit (the matter number
/// may change; the id does not). Drafts, review marks, kiosk codes and store copies key on it.
public typealias CaseID = StableID<CaseIDKind>

/// The stable id of a timeline event, custody period or evidence item: unique within its case, never
/// reused, kept through reordering and editing, so two people's edits can be merged item by item.
public typealias ItemID = StableID<ItemIDKind>

/// The id form shared by cases and items.
public enum StableIDText {
    public static let maxLength = 64

    public static func isValid(_ text: String) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): true
            default: false
            }
        }
    }

    /// Why `text` is not an id, for messages.
    public static let formProblem = "is not an id (1 to 64 characters from A-Z a-z 0-9 - _)"
}
