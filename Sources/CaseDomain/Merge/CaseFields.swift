/// Every field of a case that a person edits, once each, for `CaseDiff` and `CaseMerge`. The lists
/// (family, custody, events, evidence) are described by `ItemList`s; ids and the events' recording
/// sequence are not fields (no one edits them, and the store renumbers the sequence).
enum CaseFields {
    static var caseFields: [FieldLens<CaseFile>] {
        [
            FieldLens("matter", "Matter", \.matter, render: ValueText.text),
            FieldLens(["client", "name"], "Client name", \.client.name, render: ValueText.text),
            FieldLens(["client", "latinName"], "Client Latin name", \.client.latinName, render: ValueText.text),
            FieldLens(["client", "aNumber"], "Client A-number", \.client.aNumber, render: ValueText.aNumber),
            FieldLens(["client", "birthDate"], "Client birth date", \.client.birthDate, render: ValueText.date),
            FieldLens(["client", "nationality"], "Client nationality", \.client.nationality, render: ValueText.text),
            FieldLens(["client", "languages"], "Client languages", \.client.languages, render: ValueText.list),
            FieldLens(["client", "interpreter"], "Interpreter", \.client.interpreter, render: ValueText.flag),
            FieldLens("grounds", "Grounds", \.grounds, render: ValueText.codes),
            FieldLens("track", "Track", \.track, render: ValueText.code),
            FieldLens("court", "Court", \.court, render: ValueText.text),
            FieldLens("docket", "Docket", \.docket, render: ValueText.code),
            FieldLens("judge", "Judge", \.judge, render: ValueText.text),
            FieldLens("paralegal", "Paralegal", \.paralegal, render: ValueText.text),
            FieldLens("attorney", "Attorney", \.attorney, render: ValueText.text),
            FieldLens("oneYearException", "One-year exception", \.oneYearException, render: ValueText.code),
            FieldLens("closed", "Closed", \.closed, render: ValueText.closure),
        ]
    }

    static var family: ItemList<FamilyMember> {
        ItemList(
            key: "family", title: "Family members", list: \.family,
            fields: [
                FieldLens("name", "name", \.name, render: ValueText.text),
                FieldLens("latinName", "Latin name", \.latinName, render: ValueText.text),
                FieldLens("relation", "relation", \.relation, render: ValueText.text),
                FieldLens("aNumber", "A-number", \.aNumber, render: ValueText.aNumber),
                FieldLens("birthDate", "birth date", \.birthDate, render: ValueText.date),
            ],
            summary: { member in member.relation.map { member.name + " (" + $0 + ")" } ?? member.name },
            label: { "Family member " + ValueText.quotedName($0.name) },
            problem: { CaseValidation.familyProblems($0, at: "").first })
    }

    static var custody: ItemList<CustodyPeriod> {
        ItemList(
            key: "custody", title: "Custody history", list: \.custody,
            fields: [
                FieldLens("status", "status", \.status, render: ValueText.code),
                FieldLens("from", "from", \.from, render: { $0.iso }),
                FieldLens("to", "to", \.to, render: ValueText.date),
                FieldLens("place", "place", \.place, render: ValueText.text),
                FieldLens("authority", "authority", \.authority, render: ValueText.text),
                FieldLens("bondEligible", "bond eligible", \.bondEligible, render: ValueText.flag),
                FieldLens("bondAmount", "bond amount", \.bondAmount, render: ValueText.number),
                FieldLens("obligor", "obligor", \.obligor, render: ValueText.text),
                FieldLens("paroleExpiry", "parole expiry", \.paroleExpiry, render: ValueText.date),
                FieldLens("conditions", "conditions", \.conditions, render: ValueText.text),
                FieldLens("atd", "alternative to detention", \.atd, render: ValueText.code),
                FieldLens("nextCheckIn", "next check-in", \.nextCheckIn, render: ValueText.date),
                FieldLens("sponsor", "sponsor", \.sponsor, render: ValueText.sponsor),
                FieldLens("notes", "notes", \.notes, render: ValueText.text),
            ],
            summary: { period in
                period.status.rawValue + " from " + period.from.iso + (period.to.map { " to " + $0.iso } ?? "")
            },
            label: { "Custody “" + $0.status.label + " from " + $0.from.iso + "”" },
            problem: { CaseValidation.custodyProblems($0, at: "").first })
    }

    static var events: ItemList<TimelineEvent> {
        ItemList(
            key: "events", title: "Timeline", list: \.events,
            fields: [
                FieldLens("kind", "kind", \.kind, render: ValueText.code),
                FieldLens("date", "date", \.date, render: { $0.iso }),
                FieldLens("time", "time", \.time, render: ValueText.time),
                FieldLens("place", "place", \.place, render: ValueText.text),
                FieldLens("title", "title", \.title, render: ValueText.text),
                FieldLens("notes", "notes", \.notes, render: ValueText.text),
                FieldLens("outcome", "outcome", \.outcome, render: ValueText.code),
                FieldLens("days", "days", \.days, render: ValueText.number),
                FieldLens("hearing", "hearing", \.hearing, render: ValueText.date),
                FieldLens("status", "status", \.status, render: ValueText.code),
                FieldLens("expires", "expires", \.expires, render: ValueText.date),
                FieldLens("recordedBy", "recorded by", \.recordedBy, render: ValueText.text),
            ],
            summary: { event in
                event.kind.rawValue + " on " + event.date.iso + (event.title.map { ": " + $0 } ?? "")
            },
            label: { event in
                "Event " + ValueText.quotedName(event.title ?? event.kind.label) + " of " + event.date.iso
            },
            problem: { CaseValidation.eventProblems($0, at: "").first })
    }

    static var evidence: ItemList<EvidenceItem> {
        ItemList(
            key: "evidence", title: "Evidence checklist", list: \.evidence,
            fields: [
                FieldLens("category", "category", \.category, render: ValueText.code),
                FieldLens("title", "title", \.title, render: ValueText.text),
                FieldLens("status", "status", \.status, render: ValueText.code),
                FieldLens("language", "language", \.language, render: ValueText.text),
                FieldLens("needsTranslation", "needs translation", \.needsTranslation, render: ValueText.flag),
                FieldLens("translationCertified", "translation certified", \.translationCertified,
                          render: ValueText.flag),
                FieldLens("exhibit", "exhibit", \.exhibit, render: ValueText.text),
                FieldLens("unavailableReason", "reason unavailable", \.unavailableReason, render: ValueText.text),
                FieldLens("notes", "notes", \.notes, render: ValueText.text),
            ],
            summary: { $0.title + " (" + $0.category.rawValue + ", " + $0.status.rawValue + ")" },
            label: { "Evidence " + ValueText.quotedName($0.title) },
            problem: { CaseValidation.evidenceProblems($0, at: "").first })
    }
}
