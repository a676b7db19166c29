import CaseDomain

/// The store's last line of defence: every string it keeps passes TextSafety and is kept NFC-normalised,
/// and the case passes the domain's `CaseValidation`, so nothing is written that the reader would refuse.
struct WriteCheck {
    let matter: String

    static let matterLimit = 32

    /// The file as it will be stored (NFC), or the first field that may not be stored.
    static func checked(_ file: CaseFile) throws -> CaseFile {
        let check = WriteCheck(matter: file.matter)
        var file = file
        file.matter = try check.line(file.matter, "matter")
        guard !file.matter.isEmpty else { throw check.invalid("matter", "is empty") }
        guard file.matter.count <= matterLimit else {
            throw check.invalid("matter", "is \(file.matter.count) characters long (at most \(matterLimit))")
        }
        file.client.name = try check.line(file.client.name, "client.name")
        guard !file.client.name.isEmpty else { throw check.invalid("client.name", "is empty") }
        file.client.latinName = try check.line(file.client.latinName, "client.latinName")
        file.client.nationality = try check.line(file.client.nationality, "client.nationality")
        file.client.languages = try file.client.languages.enumerated().map {
            try check.line($0.element, "client.languages[\($0.offset)]")
        }
        for index in file.family.indices {
            let path = "family[\(index)]"
            file.family[index].name = try check.line(file.family[index].name, path + ".name")
            file.family[index].latinName = try check.line(file.family[index].latinName, path + ".latinName")
            file.family[index].relation = try check.line(file.family[index].relation, path + ".relation")
        }
        file.court = try check.line(file.court, "court")
        file.judge = try check.line(file.judge, "judge")
        file.paralegal = try check.line(file.paralegal, "paralegal")
        file.attorney = try check.line(file.attorney, "attorney")
        for index in file.custody.indices {
            file.custody[index] = try check.custody(file.custody[index], "custody[\(index)]")
        }
        for index in file.events.indices {
            let path = "events[\(index)]"
            var event = file.events[index]
            event.place = try check.line(event.place, path + ".place")
            event.title = try check.line(event.title, path + ".title")
            event.notes = try check.notes(event.notes, path + ".notes")
            event.recordedBy = try check.line(event.recordedBy, path + ".recordedBy")
            file.events[index] = event
        }
        for index in file.evidence.indices {
            let path = "evidence[\(index)]"
            var item = file.evidence[index]
            item.title = try check.line(item.title, path + ".title")
            item.language = try check.line(item.language, path + ".language")
            item.exhibit = try check.line(item.exhibit, path + ".exhibit")
            item.unavailableReason = try check.line(item.unavailableReason, path + ".unavailableReason")
            item.notes = try check.notes(item.notes, path + ".notes")
            file.evidence[index] = item
        }
        // The domain's rules too: a case the reader would refuse must never be written.
        if let problem = CaseValidation.problems(in: file).first {
            throw check.invalid(problem.path, problem.message)
        }
        return file
    }

    private func custody(_ period: CustodyPeriod, _ path: String) throws -> CustodyPeriod {
        var period = period
        period.place = try line(period.place, path + ".place")
        period.authority = try line(period.authority, path + ".authority")
        period.obligor = try line(period.obligor, path + ".obligor")
        period.conditions = try line(period.conditions, path + ".conditions")
        period.notes = try notes(period.notes, path + ".notes")
        if var sponsor = period.sponsor {
            sponsor.name = try line(sponsor.name, path + ".sponsor.name")
            sponsor.relation = try line(sponsor.relation, path + ".sponsor.relation")
            sponsor.phone = try line(sponsor.phone, path + ".sponsor.phone")
            sponsor.address = try line(sponsor.address, path + ".sponsor.address")
            period.sponsor = sponsor
        }
        return period
    }

    func invalid(_ field: String, _ problem: String) -> StoreError {
        .invalidField(matter: matter, field: field, problem: problem)
    }

    private func text(_ value: String, _ field: String, multiline: Bool) throws -> String {
        // Only normalised here: what may be stored (controls, bidi, lengths) is the domain's CaseValidation,
        // run on the whole normalised case.
        TextSafety.normalized(value)
    }

    private func line(_ value: String, _ field: String) throws -> String {
        try text(value, field, multiline: false)
    }

    private func line(_ value: String?, _ field: String) throws -> String? {
        try value.map { try text($0, field, multiline: false) }
    }

    private func notes(_ value: String?, _ field: String) throws -> String? {
        try value.map { try text($0, field, multiline: true) }
    }
}
