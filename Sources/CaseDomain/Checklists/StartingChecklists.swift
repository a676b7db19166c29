/// One line of a starting checklist: a category and what to gather.
public struct ChecklistEntry: Hashable, Sendable {
    public var category: EvidenceCategory
    public var title: String
    /// A document that usually comes in the client's language and needs a certified translation.
    public var isForeignLanguage: Bool

    public init(_ category: EvidenceCategory, _ title: String, foreign: Bool = false) {
        self.category = category
        self.title = title
        self.isForeignLanguage = foreign
    }
}

/// The starting evidence checklists per protected ground (docs/domain.md, "Starting checklists").
///
/// This table is data: a firm changes the lists here, not the code that applies them.
public enum StartingChecklists {
    /// What every asylum case gathers; the political-opinion list of docs/domain.md.
    public static let common: [ChecklistEntry] = [
        ChecklistEntry(.forms, "I-589 signed, with fee receipt"),
        ChecklistEntry(.forms, "EOIR-28 notice of appearance"),
        ChecklistEntry(.declaration, "Applicant's declaration"),
        ChecklistEntry(.identity, "Internal passport", foreign: true),
        ChecklistEntry(.identity, "International passport"),
        ChecklistEntry(.identity, "Birth certificate", foreign: true),
        ChecklistEntry(.witness, "Witness affidavit (at least one)", foreign: true),
        ChecklistEntry(.medical, "US psychological evaluation"),
        ChecklistEntry(.countryConditions, "State Department country report (current year)"),
        ChecklistEntry(.countryConditions, "State Department country report (prior year)"),
        ChecklistEntry(.countryConditions, "NGO reports"),
        ChecklistEntry(.expert, "Country-conditions expert declaration"),
    ]

    /// What each ground adds to the common list.
    public static let byGround: [Ground: [ChecklistEntry]] = [
        .politicalOpinion: [
            ChecklistEntry(.persecution, "Police detention records", foreign: true),
            ChecklistEntry(.persecution, "Administrative or criminal court rulings", foreign: true),
            ChecklistEntry(.persecution, "Summonses and search records", foreign: true),
            ChecklistEntry(.persecution, "Letter from the home-country defence lawyer", foreign: true),
            ChecklistEntry(.politicalProfile, "Protest photos or video"),
            ChecklistEntry(.politicalProfile, "Social-media posts with dates", foreign: true),
            ChecklistEntry(.medical, "Medical records of injuries", foreign: true),
        ],
        .religion: [
            ChecklistEntry(.persecution, "Membership or clergy letters", foreign: true),
            ChecklistEntry(.countryConditions, "Religious-freedom reports"),
        ],
        .particularSocialGroup: [
            ChecklistEntry(.declaration, "Written definition of the particular social group"),
            ChecklistEntry(.persecution, "Proof of membership in the group"),
        ],
        .race: [
            ChecklistEntry(.identity, "Records of ethnicity", foreign: true),
            ChecklistEntry(.persecution, "Records of targeting for ethnicity", foreign: true),
        ],
        .nationality: [
            ChecklistEntry(.identity, "Records of citizenship", foreign: true),
            ChecklistEntry(.persecution, "Records of targeting for nationality", foreign: true),
        ],
        .cat: [
            ChecklistEntry(.medical, "Medical evidence of torture", foreign: true),
        ],
    ]

    /// The starting checklist for a new case with these grounds, in the client's language.
    public static func items(for grounds: [Ground], language: String?) -> [EvidenceItem] {
        var seen = Set<String>()
        var entries: [ChecklistEntry] = []
        for entry in common + Ground.allCases.filter(grounds.contains).flatMap({ byGround[$0] ?? [] })
        where seen.insert(entry.title).inserted {
            entries.append(entry)
        }
        let isForeignClient = language != nil && language != "en"
        return entries.map { entry in
            let foreign = entry.isForeignLanguage && isForeignClient
            return EvidenceItem(category: entry.category, title: entry.title, status: .needed,
                                language: foreign ? language : nil, needsTranslation: foreign)
        }.ordered
    }
}
