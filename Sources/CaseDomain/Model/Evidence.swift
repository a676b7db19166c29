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

    /// DATA.md's evidence order: category order, then title.
    public var ordered: [EvidenceItem] {
        sorted { a, b in
            a.category.order != b.category.order ? a.category.order < b.category.order : a.title < b.title
        }
    }
}
