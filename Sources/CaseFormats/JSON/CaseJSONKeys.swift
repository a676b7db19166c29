/// The keys of `casedesk/1`, in the order DATA.md's example shows them (the writer's order too).
enum CaseJSONKeys {
    static let formatName = "casedesk/1"
    static let document = ["format", "cases"]
    static let caseFile = ["matter", "client", "family", "grounds", "track", "court", "docket", "judge",
                           "paralegal", "attorney", "oneYearException", "closed", "custody", "events", "evidence"]
    static let client = ["name", "latinName", "aNumber", "birthDate", "nationality", "languages", "interpreter"]
    static let family = ["name", "latinName", "relation", "aNumber", "birthDate"]
    static let closed = ["date", "reason"]
    static let custody = ["status", "from", "to", "place", "authority", "bondEligible", "bondAmount", "obligor",
                          "paroleExpiry", "conditions", "atd", "nextCheckIn", "sponsor", "notes"]
    static let sponsor = ["name", "relation", "phone", "address"]
    static let event = ["kind", "date", "time", "place", "title", "notes", "outcome", "days", "hearing",
                        "status", "expires", "recordedBy"]
    static let evidence = ["category", "title", "status", "language", "needsTranslation", "translationCertified",
                           "exhibit", "unavailableReason", "notes"]
}
