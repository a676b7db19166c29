import CaseDomain

/// The new-case and edit-case forms: every field of the case format (docs/formats.md), family members
/// included. Keys are the fields' paths in the case, so a problem the case's validation names lands on
/// its field.
enum CaseForm {
    static let familyFields = ["name", "latinName", "relation", "aNumber", "birthDate"]

    static func fields(_ values: FormValues, isNew: Bool) -> [FieldSpec] {
        var fields: [FieldSpec] = [
            FieldSpec("matter", "Matter", .line(required: true)),
            FieldSpec("client.name", "Client name", .line(required: true), section: "Client"),
            FieldSpec("client.latinName", "Latin spelling", .line(required: false)),
            FieldSpec("client.aNumber", "A-number", .aNumber),
            FieldSpec("client.birthDate", "Birth date", .date(yearless: .lastPast, required: false)),
            FieldSpec("client.nationality", "Nationality", .nationality),
            FieldSpec("client.languages", "Languages", .languages),
            FieldSpec("client.interpreter", "Interpreter", .toggle),
            FieldSpec("grounds", "Grounds", .choices(Ground.identifiers), section: "Case"),
            FieldSpec("track", "Track", .choice(Track.identifiers, required: false)),
            FieldSpec("court", "Court", .line(required: false)),
            FieldSpec("docket", "Docket", .choice(Docket.identifiers, required: false)),
            FieldSpec("judge", "Judge", .line(required: false)),
            FieldSpec("paralegal", "Paralegal", .login),
            FieldSpec("attorney", "Attorney", .login),
            FieldSpec("oneYearException", "1-year exception", .choice(OneYearException.identifiers, required: false)),
        ]
        if !isNew {
            fields.append(FieldSpec("closed.reason", "Closed", .choice(ClosedReason.identifiers, required: false)))
            fields.append(FieldSpec("closed.date", "Closed on", .date(yearless: .lastPast, required: false)))
        }
        for index in 0..<familyRows(values) {
            let key = { (field: String) in "family[\(index)].\(field)" }
            fields += [
                FieldSpec(key("name"), "Name", .line(required: false), section: "Family member \(index + 1)"),
                FieldSpec(key("latinName"), "Latin spelling", .line(required: false)),
                FieldSpec(key("relation"), "Relation", .line(required: false)),
                FieldSpec(key("aNumber"), "A-number", .aNumber),
                FieldSpec(key("birthDate"), "Birth date", .date(yearless: .lastPast, required: false)),
            ]
        }
        return fields
    }

    /// Members with anything typed, and one blank row to add another.
    static func familyRows(_ values: FormValues) -> Int {
        var last = -1
        for (key, value) in values where key.hasPrefix("family[") && !CodeChecks.isBlank(value) {
            if let index = Int(key.dropFirst(7).prefix { $0.isNumber }) { last = max(last, index) }
        }
        return last + 2
    }

    static let blank: FormValues = ["client.interpreter": Toggle.no]

    static func values(of file: CaseFile) -> FormValues {
        var values: FormValues = [
            "matter": file.matter,
            "client.name": file.client.name,
            "client.latinName": file.client.latinName ?? "",
            "client.aNumber": file.client.aNumber?.display ?? "",
            "client.birthDate": file.client.birthDate?.iso ?? "",
            "client.nationality": file.client.nationality ?? "",
            "client.languages": file.client.languages.joined(separator: ", "),
            "client.interpreter": Toggle.text(file.client.interpreter),
            "grounds": file.grounds.map(\.rawValue).joined(separator: ", "),
            "track": file.track?.rawValue ?? "",
            "court": file.court ?? "",
            "docket": file.docket?.rawValue ?? "",
            "judge": file.judge ?? "",
            "paralegal": file.paralegal ?? "",
            "attorney": file.attorney ?? "",
            "oneYearException": file.oneYearException?.rawValue ?? "",
            "closed.reason": file.closed?.reason.rawValue ?? "",
            "closed.date": file.closed?.date.iso ?? "",
        ]
        for (index, member) in file.family.enumerated() {
            values["family[\(index)].name"] = member.name
            values["family[\(index)].latinName"] = member.latinName ?? ""
            values["family[\(index)].relation"] = member.relation ?? ""
            values["family[\(index)].aNumber"] = member.aNumber?.display ?? ""
            values["family[\(index)].birthDate"] = member.birthDate?.iso ?? ""
        }
        return values
    }

    /// The case's own fields as the form has them (its lists are the base's).
    static func details(_ read: FormReader, base: CaseFile?) -> CaseFile {
        var file = base ?? CaseFile(matter: "", client: Client(name: ""))
        file.matter = read.text("matter") ?? ""
        file.client = Client(name: read.text("client.name") ?? "", latinName: read.text("client.latinName"),
                             aNumber: read.aNumber("client.aNumber"), birthDate: read.date("client.birthDate", .lastPast),
                             nationality: read.text("client.nationality"), languages: read.list("client.languages"),
                             interpreter: read.flag("client.interpreter"))
        file.grounds = read.list("grounds").compactMap(Ground.init(rawValue:))
        file.track = read.choice("track", as: Track.self)
        file.court = read.text("court")
        file.docket = read.choice("docket", as: Docket.self)
        file.judge = read.text("judge")
        file.paralegal = read.text("paralegal")
        file.attorney = read.text("attorney")
        file.oneYearException = read.choice("oneYearException", as: OneYearException.self)
        file.family = (0..<familyRows(read.values)).compactMap { index in
            let key = { (field: String) in "family[\(index)].\(field)" }
            guard familyFields.contains(where: { read.text(key($0)) != nil }) else { return nil }
            return FamilyMember(name: read.text(key("name")) ?? "", latinName: read.text(key("latinName")),
                                relation: read.text(key("relation")), aNumber: read.aNumber(key("aNumber")),
                                birthDate: read.date(key("birthDate"), .lastPast))
        }
        return file
    }

    /// A new case, with the starting checklist of its grounds in the client's first language.
    static func newCase(_ read: FormReader) -> CaseFile {
        var file = details(read, base: nil)
        file.evidence = StartingChecklists.items(for: file.grounds, language: file.client.languages.first)
        return file
    }

    /// The edits that turn `base` into the case the form describes: its details, and closing or reopening.
    static func edits(_ read: FormReader, base: CaseFile) -> [CaseEdit] {
        let edited = details(read, base: base)
        var edits: [CaseEdit] = []
        if CaseDetails(of: edited) != CaseDetails(of: base) { edits.append(.updateDetails(CaseDetails(of: edited))) }
        let reason = read.choice("closed.reason", as: ClosedReason.self)
        let closure = reason.map { CaseClosure(date: read.date("closed.date", .lastPast) ?? read.today, reason: $0) }
        if closure != base.closed {
            if base.closed != nil { edits.append(.reopen) }
            if let closure { edits.append(.close(closure)) }
        }
        return edits
    }
}
