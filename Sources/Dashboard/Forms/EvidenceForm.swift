import CaseDomain

/// The add-evidence and edit-evidence forms. Marking an item unavailable asks for the reason in a small
/// form of its own (the REAL ID Act asks why), unless the item already has one.
enum EvidenceForm {
    static let reasonKey = "unavailableReason"

    static func fields(_ values: FormValues) -> [FieldSpec] {
        [
            FieldSpec("category", "Category", .choice(EvidenceCategory.identifiers, required: true)),
            FieldSpec("title", "Title", .line(required: true)),
            FieldSpec("status", "Status", .choice(EvidenceStatus.identifiers, required: true)),
            FieldSpec("language", "Language", .languages),
            FieldSpec("needsTranslation", "Needs translation", .toggle),
            FieldSpec("translationCertified", "Certified translation", .toggle),
            FieldSpec("exhibit", "Exhibit", .line(required: false)),
            FieldSpec("notes", "Notes", .notes),
        ]
    }

    static let blank: FormValues = [
        "category": "", "status": EvidenceStatus.needed.rawValue,
        "needsTranslation": Toggle.no, "translationCertified": Toggle.no,
    ]

    static func values(of item: EvidenceItem) -> FormValues {
        [
            "category": item.category.rawValue, "title": item.title, "status": item.status.rawValue,
            "language": item.language ?? "", "needsTranslation": Toggle.text(item.needsTranslation),
            "translationCertified": Toggle.text(item.translationCertified), "exhibit": item.exhibit ?? "",
            "notes": item.notes ?? "", reasonKey: item.unavailableReason ?? "",
        ]
    }

    /// The item the form describes; nil while its category is not set.
    static func item(_ read: FormReader, id: ItemID?) -> EvidenceItem? {
        guard let category = read.choice("category", as: EvidenceCategory.self) else { return nil }
        let status = read.choice("status", as: EvidenceStatus.self) ?? .needed
        return EvidenceItem(category: category, title: read.text("title") ?? "", status: status,
                            language: read.list("language").first, needsTranslation: read.flag("needsTranslation"),
                            translationCertified: read.flag("translationCertified"), exhibit: read.text("exhibit"),
                            unavailableReason: status == .unavailable ? read.text(reasonKey) : nil,
                            notes: read.notes("notes"), id: id)
    }
}
