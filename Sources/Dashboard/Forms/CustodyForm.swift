import CaseDomain

/// The change-custody form: the new status from a date (the current period ends that day) and the
/// fields of its kind: where and by whom a client is held, a bond, parole, a release's conditions and
/// check-ins, the sponsor a released client lives with. `correcting` is the form that corrects a period
/// already recorded (`CustodyForm+Correction.swift`): the same fields, and its end.
enum CustodyForm {
    static func fields(_ values: FormValues, correcting: Bool = false) -> [FieldSpec] {
        var fields = [
            FieldSpec("status", correcting ? "Status" : "New status", .choice(CustodyStatus.identifiers, required: true)),
            FieldSpec("from", "From", .date(yearless: .lastPast, required: true)),
        ]
        // Blank for the current period; a date closes it (the day the next one began).
        if correcting { fields.append(FieldSpec("to", "To", .date(yearless: .lastPast, required: false))) }
        guard let status = values["status"].flatMap({ CustodyStatus(rawValue: FieldChecks.trimmed($0)) }) else { return fields }
        if status.isDetention {
            fields += [FieldSpec("place", "Facility", .line(required: false)),
                       FieldSpec("authority", "Authority", .line(required: false)),
                       FieldSpec("bondEligible", "Bond eligible", .choice([Toggle.yes, Toggle.no], required: false))]
        }
        if status == .bond {
            fields += [FieldSpec("bondAmount", "Bond (USD)", .number(CaseValidation.minimumBond...100_000_000, required: false)),
                       FieldSpec("obligor", "Obligor", .line(required: false))]
        }
        if status == .paroled { fields.append(FieldSpec("paroleExpiry", "Parole expires", .date(yearless: .next, required: false))) }
        if isRelease(status) {
            fields += [FieldSpec("conditions", "Conditions", .line(required: false)),
                       FieldSpec("atd", "Alternative to detention", .choice(AlternativeToDetention.identifiers, required: false)),
                       FieldSpec("nextCheckIn", "Next check-in", .date(yearless: .next, required: false)),
                       FieldSpec("sponsor.name", "Sponsor", .line(required: false), section: "Sponsor"),
                       FieldSpec("sponsor.relation", "Relation", .line(required: false)),
                       FieldSpec("sponsor.phone", "Phone", .line(required: false)),
                       FieldSpec("sponsor.address", "Address", .line(required: false))]
        }
        fields.append(FieldSpec("notes", "Notes", .notes))
        return fields
    }

    static func isRelease(_ status: CustodyStatus) -> Bool {
        switch status {
        case .paroled, .bond, .recognizance, .supervision, .mpp, .notDetained: true
        case .cbpCustody, .iceDetained, .removed: false
        }
    }

    static func blank(today: CivilDate) -> FormValues { ["status": "", "from": "today"] }

    /// The new period (or, `correcting`, the period as corrected, with its end); nil while the status or
    /// the date is not set.
    static func period(_ read: FormReader, correcting: Bool = false) -> CustodyPeriod? {
        guard let status = read.choice("status", as: CustodyStatus.self), let from = read.date("from", .lastPast) else { return nil }
        let shown = Set(fields(read.values, correcting: correcting).map(\.key))
        func text(_ key: String) -> String? { shown.contains(key) ? read.text(key) : nil }
        let sponsor = text("sponsor.name").map {
            Sponsor(name: $0, relation: text("sponsor.relation"), phone: text("sponsor.phone"), address: text("sponsor.address"))
        }
        return CustodyPeriod(
            status: status, from: from, to: shown.contains("to") ? read.date("to", .lastPast) : nil, place: text("place"), authority: text("authority"),
            bondEligible: shown.contains("bondEligible") ? read.optionalFlag("bondEligible") : nil,
            bondAmount: shown.contains("bondAmount") ? read.number("bondAmount") : nil, obligor: text("obligor"),
            paroleExpiry: shown.contains("paroleExpiry") ? read.date("paroleExpiry", .next) : nil,
            conditions: text("conditions"), atd: shown.contains("atd") ? read.choice("atd", as: AlternativeToDetention.self) : nil,
            nextCheckIn: shown.contains("nextCheckIn") ? read.date("nextCheckIn", .next) : nil, sponsor: sponsor,
            notes: read.notes("notes"))
    }
}
