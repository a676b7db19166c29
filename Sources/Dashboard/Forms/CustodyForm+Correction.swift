import CaseDomain

/// Correcting a custody period already recorded (a wrong facility, a wrong start or end): the period's
/// fields as stored, saved as one `CaseEdit.correctCustody` on its stable id, so a merge meets it as it
/// meets an evidence item's edit. The case's own validation refuses an end not after the start and
/// periods that overlap (docs/formats.md), beside the field it names.
extension CustodyForm {
    /// The stored period as the form's text.
    static func values(of period: CustodyPeriod) -> FormValues {
        var values: FormValues = [
            "status": period.status.rawValue, "from": period.from.iso, "to": period.to?.iso ?? "",
            "place": period.place ?? "", "authority": period.authority ?? "",
            "bondEligible": period.bondEligible.map(Toggle.text) ?? "", "bondAmount": period.bondAmount.map(String.init) ?? "",
            "obligor": period.obligor ?? "", "paroleExpiry": period.paroleExpiry?.iso ?? "",
            "conditions": period.conditions ?? "", "atd": period.atd?.rawValue ?? "",
            "nextCheckIn": period.nextCheckIn?.iso ?? "", "notes": period.notes ?? "",
        ]
        if let sponsor = period.sponsor {
            values["sponsor.name"] = sponsor.name
            values["sponsor.relation"] = sponsor.relation ?? ""
            values["sponsor.phone"] = sponsor.phone ?? ""
            values["sponsor.address"] = sponsor.address ?? ""
        }
        return values
    }

    /// The correction of the period `id` of `base`: no edit when nothing differs from the stored period.
    static func correction(_ read: FormReader, id: ItemID, base: CaseFile?) -> FormOutcome {
        guard var period = period(read, correcting: true) else { return .incomplete }
        period.id = id
        if let stored = base?.custody.first(where: { $0.id == id }), stored == period { return .edits([]) }
        return .edits([.correctCustody(id, period)])
    }
}
