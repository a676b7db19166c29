import CaseDomain

/// One case as `casedesk/2` JSON, in `docs/formats.md`'s key order with every key written. A case or item
/// without an id (one not from a store) is written with the id a `casedesk/1` file would give it.
enum CaseJSONEncoding {
    static func write(_ file: CaseFile, to output: inout JSONOutput, indent: Int) {
        let file = CaseIdentity.identified(file)
        var object = JSONObjectOutput(&output, indent: indent)
        object.string("id", file.id?.rawValue, &output)
        object.string("matter", file.matter, &output)
        object.key("client", &output)
        writeClient(file.client, to: &output, indent: indent + 2)
        object.objects("family", file.family, &output, write: writeFamily)
        object.strings("grounds", file.grounds.map(\.rawValue), &output)
        object.string("track", file.track?.rawValue, &output)
        object.string("court", file.court, &output)
        object.string("docket", file.docket?.rawValue, &output)
        object.string("judge", file.judge, &output)
        object.string("paralegal", file.paralegal, &output)
        object.string("attorney", file.attorney, &output)
        object.string("oneYearException", file.oneYearException?.rawValue, &output)
        if file.closed != nil || !output.isCompact { object.key("closed", &output) }
        if let closed = file.closed {
            var inner = JSONObjectOutput(&output, indent: indent + 2)
            inner.string("date", closed.date.iso, &output)
            inner.string("reason", closed.reason.rawValue, &output)
            inner.close(&output)
        } else if !output.isCompact {
            output.raw("null")
        }
        object.objects("custody", stableSorted(file.custody) { $0.from < $1.from }, &output, write: writeCustody)
        object.objects("events", file.events.chronological, &output, write: writeEvent)
        object.objects("evidence", file.evidence.ordered, &output, write: writeEvidence)
        object.close(&output)
    }

    /// Sorting that keeps the given order for ties (the byte-identical round trip depends on it).
    static func stableSorted<Element>(_ values: [Element], by less: (Element, Element) -> Bool) -> [Element] {
        values.enumerated().sorted { a, b in
            if less(a.element, b.element) { return true }
            if less(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }

    private static func writeClient(_ client: Client, to output: inout JSONOutput, indent: Int) {
        var object = JSONObjectOutput(&output, indent: indent)
        object.string("name", client.name, &output)
        object.string("latinName", client.latinName, &output)
        object.string("aNumber", client.aNumber?.digits, &output)
        object.string("birthDate", client.birthDate?.iso, &output)
        object.string("nationality", client.nationality, &output)
        object.strings("languages", client.languages, &output)
        object.bool("interpreter", client.interpreter, &output)
        object.close(&output)
    }

    private static func writeFamily(_ member: FamilyMember, to output: inout JSONOutput, indent: Int) {
        var object = JSONObjectOutput(&output, indent: indent)
        object.string("name", member.name, &output)
        object.string("latinName", member.latinName, &output)
        object.string("relation", member.relation, &output)
        object.string("aNumber", member.aNumber?.digits, &output)
        object.string("birthDate", member.birthDate?.iso, &output)
        object.close(&output)
    }

    private static func writeCustody(_ period: CustodyPeriod, to output: inout JSONOutput, indent: Int) {
        var object = JSONObjectOutput(&output, indent: indent)
        object.string("id", period.id?.rawValue, &output)
        object.string("status", period.status.rawValue, &output)
        object.string("from", period.from.iso, &output)
        object.string("to", period.to?.iso, &output)
        object.string("place", period.place, &output)
        object.string("authority", period.authority, &output)
        object.bool("bondEligible", period.bondEligible, &output)
        object.integer("bondAmount", period.bondAmount, &output)
        object.string("obligor", period.obligor, &output)
        object.string("paroleExpiry", period.paroleExpiry?.iso, &output)
        object.string("conditions", period.conditions, &output)
        object.string("atd", period.atd?.rawValue, &output)
        object.string("nextCheckIn", period.nextCheckIn?.iso, &output)
        if period.sponsor != nil || !output.isCompact { object.key("sponsor", &output) }
        if let sponsor = period.sponsor {
            var inner = JSONObjectOutput(&output, indent: indent + 2)
            inner.string("name", sponsor.name, &output)
            inner.string("relation", sponsor.relation, &output)
            inner.string("phone", sponsor.phone, &output)
            inner.string("address", sponsor.address, &output)
            inner.close(&output)
        } else if !output.isCompact {
            output.raw("null")
        }
        object.string("notes", period.notes, &output)
        object.close(&output)
    }

    private static func writeEvent(_ event: TimelineEvent, to output: inout JSONOutput, indent: Int) {
        var object = JSONObjectOutput(&output, indent: indent)
        object.string("id", event.id?.rawValue, &output)
        object.string("kind", event.kind.rawValue, &output)
        object.string("date", event.date.iso, &output)
        object.string("time", event.time?.text, &output)
        object.string("place", event.place, &output)
        object.string("title", event.title, &output)
        object.string("notes", event.notes, &output)
        object.string("outcome", event.outcome?.rawValue, &output)
        object.integer("days", event.days, &output)
        object.string("hearing", event.hearing?.iso, &output)
        object.string("status", event.status?.rawValue, &output)
        object.string("expires", event.expires?.iso, &output)
        object.string("recordedBy", event.recordedBy, &output)
        object.close(&output)
    }

    private static func writeEvidence(_ item: EvidenceItem, to output: inout JSONOutput, indent: Int) {
        var object = JSONObjectOutput(&output, indent: indent)
        object.string("id", item.id?.rawValue, &output)
        object.string("category", item.category.rawValue, &output)
        object.string("title", item.title, &output)
        object.string("status", item.status.rawValue, &output)
        object.string("language", item.language, &output)
        object.bool("needsTranslation", item.needsTranslation, &output)
        object.bool("translationCertified", item.translationCertified, &output)
        object.string("exhibit", item.exhibit, &output)
        object.string("unavailableReason", item.unavailableReason, &output)
        object.string("notes", item.notes, &output)
        object.close(&output)
    }
}
