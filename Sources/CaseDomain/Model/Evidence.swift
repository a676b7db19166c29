/// One item of a case's evidence checklist.
public struct EvidenceItem: Hashable, Sendable {
    /// Stable within its case (`docs/formats.md`, Stable ids); nil until the store gives it one.
    public var id: ItemID?
    public var category: EvidenceCategory
    public var title: String
    public var status: EvidenceStatus
    /// BCP 47 primary tag of the document's language.
    public var language: String?
    public var needsTranslation: Bool
    public var translationCertified: Bool
    public var exhibit: String?
    /// Required when `status` is `unavailable` (the REAL ID Act asks why).
    public var unavailableReason: String?
    public var notes: String?

    public init(category: EvidenceCategory, title: String, status: EvidenceStatus = .needed,
                language: String? = nil, needsTranslation: Bool = false, translationCertified: Bool = false,
                exhibit: String? = nil, unavailableReason: String? = nil, notes: String? = nil, id: ItemID? = nil) {
        self.id = id
        self.category = category
        self.title = title
        self.status = status
        self.language = language
        self.needsTranslation = needsTranslation
        self.translationCertified = translationCertified
        self.exhibit = exhibit
        self.unavailableReason = unavailableReason
        self.notes = notes
    }

    /// A foreign-language document still without its certified translation.
    public var isAwaitingTranslation: Bool { needsTranslation && !translationCertified && status != .unavailable }
}

extension Array where Element == EvidenceItem {
    /// Items filed or unavailable ÷ all items (1 for an empty checklist).
    public var completeness: Double {
        isEmpty ? 1 : Double(filter(\.status.isComplete).count) / Double(count)
    }

    public var completeCount: Int { filter(\.status.isComplete).count }

    /// The items in `EvidenceItem.checklistOrder`, items that tie keeping their order: how the export, the
    /// store, the report and the evidence pane list them.
    public var ordered: [EvidenceItem] {
        enumerated().sorted { a, b in
            if EvidenceItem.checklistOrder(a.element, b.element) { return true }
            if EvidenceItem.checklistOrder(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }
}

extension EvidenceItem {
    /// The one evidence order (docs/formats.md): the category's order, then the title by Unicode scalars,
    /// which is its UTF-8 bytes' order. Not `String`'s `<`, which compares canonical equivalents as equal:
    /// the byte-identical export needs an order of the bytes it writes.
    public static func checklistOrder(_ a: EvidenceItem, _ b: EvidenceItem) -> Bool {
        if a.category.order != b.category.order { return a.category.order < b.category.order }
        return a.title.unicodeScalars.lexicographicallyPrecedes(b.title.unicodeScalars)
    }
}
