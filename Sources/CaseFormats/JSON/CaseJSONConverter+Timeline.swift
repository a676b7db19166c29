import CaseDomain

extension CaseJSONConverter {
    func convertCustody(_ reader: JSONObjectReader, casePath: String, caseValue: JSONValue) -> [CustodyPeriod] {
        var periods: [(index: Int, period: CustodyPeriod)] = []
        for element in reader.list("custody") {
            let path = reader.field("custody") + "[\(element.index)]"
            guard let item = JSONObjectReader(element.value, path: path, keys: CaseJSONKeys.identified(CaseJSONKeys.custody, idRule),
                                              context: context) else { continue }
            let status = item.code("status", CustodyStatus.self, what: "custody status")
            let from = item.date("from")
            if item.value("status") == nil { item.report("status", at: nil, "is required") }
            if item.value("from") == nil { item.report("from", at: nil, "is required") }
            var sponsor: Sponsor?
            if let sponsorValue = item.value("sponsor"),
               let sponsorReader = JSONObjectReader(sponsorValue, path: item.field("sponsor"),
                                                    keys: CaseJSONKeys.sponsor, context: context) {
                sponsor = Sponsor(name: sponsorReader.requiredString("name") ?? "",
                                  relation: sponsorReader.string("relation"), phone: sponsorReader.string("phone"),
                                  address: sponsorReader.string("address"))
            }
            let period = CustodyPeriod(
                status: status ?? .notDetained, from: from ?? CivilDate(dayNumber: 0), to: item.date("to"),
                place: item.string("place"), authority: item.string("authority"),
                bondEligible: item.bool("bondEligible"), bondAmount: item.integer("bondAmount"),
                obligor: item.string("obligor"), paroleExpiry: item.date("paroleExpiry"),
                conditions: item.string("conditions"),
                atd: item.code("atd", AlternativeToDetention.self, what: "alternative to detention"),
                nextCheckIn: item.date("nextCheckIn"), sponsor: sponsor, notes: item.string("notes"),
                id: item.stableID("id", rule: idRule).flatMap { ItemID($0) })
            guard status != nil, from != nil else { continue }
            periods.append((element.index, period))
            report(CaseValidation.custodyProblems(period, at: "custody[\(element.index)]"), casePath, caseValue)
        }
        report(CaseValidation.custodyHistoryProblems(periods), casePath, caseValue)
        return periods.map(\.period)
    }

    func convertEvents(_ reader: JSONObjectReader, casePath: String, caseValue: JSONValue) -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        for element in reader.list("events") {
            let path = reader.field("events") + "[\(element.index)]"
            guard let item = JSONObjectReader(element.value, path: path, keys: CaseJSONKeys.identified(CaseJSONKeys.event, idRule),
                                              context: context) else { continue }
            let kind = item.code("kind", EventKind.self, what: "event kind")
            let date = item.date("date")
            if item.value("kind") == nil { item.report("kind", at: nil, "is required") }
            if item.value("date") == nil { item.report("date", at: nil, "is required") }
            let event = TimelineEvent(
                kind: kind ?? .note, date: date ?? CivilDate(dayNumber: 0), time: item.time("time"),
                place: item.string("place"), title: item.string("title"), notes: item.string("notes"),
                outcome: item.code("outcome", Outcome.self, what: "outcome"), days: item.integer("days"),
                hearing: item.date("hearing"), status: item.code("status", HearingStatus.self, what: "hearing status"),
                expires: item.date("expires"), recordedBy: item.string("recordedBy"),
                // The file's order is the recording order: it breaks ties in the export's event order.
                sequence: element.index, id: item.stableID("id", rule: idRule).flatMap { ItemID($0) })
            guard kind != nil, date != nil else { continue }
            events.append(event)
            report(CaseValidation.eventProblems(event, at: "events[\(element.index)]"), casePath, caseValue)
        }
        return events
    }

    func convertEvidence(_ reader: JSONObjectReader, casePath: String, caseValue: JSONValue) -> [EvidenceItem] {
        var items: [EvidenceItem] = []
        for element in reader.list("evidence") {
            let path = reader.field("evidence") + "[\(element.index)]"
            guard let entry = JSONObjectReader(element.value, path: path, keys: CaseJSONKeys.identified(CaseJSONKeys.evidence, idRule),
                                               context: context) else { continue }
            let category = entry.code("category", EvidenceCategory.self, what: "evidence category")
            let title = entry.requiredString("title")
            if entry.value("category") == nil { entry.report("category", at: nil, "is required") }
            let item = EvidenceItem(
                category: category ?? .other, title: title ?? "",
                status: entry.code("status", EvidenceStatus.self, what: "evidence status") ?? .needed,
                language: entry.string("language"), needsTranslation: entry.bool("needsTranslation") ?? false,
                translationCertified: entry.bool("translationCertified") ?? false, exhibit: entry.string("exhibit"),
                unavailableReason: entry.string("unavailableReason"), notes: entry.string("notes"),
                id: entry.stableID("id", rule: idRule).flatMap { ItemID($0) })
            guard category != nil, title != nil else { continue }
            items.append(item)
            report(CaseValidation.evidenceProblems(item, at: "evidence[\(element.index)]"), casePath, caseValue)
        }
        return items
    }
}
