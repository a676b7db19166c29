import CaseDomain

/// Turns the JSON value of one case into a `CaseFile`, reporting every problem through the context:
/// type and closed-set errors while reading, then `CaseValidation` on each part that could be read.
struct CaseJSONConverter {
    let context: DecodeContext
    /// The file's format version; nil while unknown (ids are then taken when given).
    var version: CaseFormatVersion? = .current

    var idRule: CaseFormatVersion.IDRule { CaseFormatVersion.idRule(version) }

    /// The case, or nil when it has any problem (all of them reported).
    func convert(_ value: JSONValue, path: String) -> CaseFile? {
        context.beginCase()
        guard let reader = JSONObjectReader(value, path: path, keys: CaseJSONKeys.identified(CaseJSONKeys.caseFile, idRule),
                                            context: context) else {
            return nil
        }
        let caseID = reader.stableID("id", rule: idRule).flatMap { CaseID($0) }
        let matter = reader.requiredString("matter")
        var client: Client?
        if let clientValue = reader.value("client") {
            client = convertClient(clientValue, path: reader.field("client"))
        } else {
            reader.report("client", at: nil, "is required")
        }
        var grounds: [Ground] = []
        for element in reader.stringList("grounds") {
            if let ground = Ground(rawValue: element.text) { grounds.append(ground) } else {
                reader.reportElement("grounds", element, ClosedSetMessage.unknown(element.text, what: "ground", Ground.self))
            }
        }
        var closed: CaseClosure?
        if let closedValue = reader.value("closed"),
           let closedReader = JSONObjectReader(closedValue, path: reader.field("closed"), keys: CaseJSONKeys.closed,
                                               context: context) {
            let date = closedReader.date("date")
            let reason = closedReader.code("reason", ClosedReason.self, what: "reason for closing")
            if closedReader.value("date") == nil { closedReader.report("date", at: nil, "is required") }
            if closedReader.value("reason") == nil { closedReader.report("reason", at: nil, "is required") }
            if let date, let reason { closed = CaseClosure(date: date, reason: reason) }
        }
        var family: [FamilyMember] = []
        for element in reader.list("family") {
            let elementPath = reader.field("family") + "[\(element.index)]"
            guard let member = convertFamily(element.value, path: elementPath) else { continue }
            family.append(member)
            report(CaseValidation.familyProblems(member, at: "family[\(element.index)]"), path, value)
        }
        let custody = convertCustody(reader, casePath: path, caseValue: value)
        let events = convertEvents(reader, casePath: path, caseValue: value)
        let evidence = convertEvidence(reader, casePath: path, caseValue: value)
        let file = CaseFile(
            matter: matter ?? "", client: client ?? Client(name: ""), family: family, grounds: grounds,
            track: reader.code("track", Track.self, what: "track"), court: reader.string("court"),
            docket: reader.code("docket", Docket.self, what: "docket"), judge: reader.string("judge"),
            paralegal: reader.string("paralegal"), attorney: reader.string("attorney"),
            oneYearException: reader.code("oneYearException", OneYearException.self, what: "one-year exception"),
            closed: closed, custody: custody, events: events, evidence: evidence, id: caseID)
        report(CaseValidation.headerProblems(of: file), path, value)
        report(CaseValidation.identityProblems(of: file), path, value)
        if let client {
            report(CaseValidation.clientProblems(client, at: "client"), path, value)
        }
        return context.caseFailed ? nil : file
    }

    func report(_ problems: [ValidationProblem], _ casePath: String, _ caseValue: JSONValue) {
        context.report(problems, casePath: casePath, caseValue: caseValue)
    }

    private func convertClient(_ value: JSONValue, path: String) -> Client? {
        guard let reader = JSONObjectReader(value, path: path, keys: CaseJSONKeys.client, context: context) else {
            return nil
        }
        let name = reader.requiredString("name")
        let languages = reader.stringList("languages").map(\.text)
        return Client(name: name ?? "", latinName: reader.string("latinName"), aNumber: reader.aNumber("aNumber"),
                      birthDate: reader.date("birthDate"), nationality: reader.string("nationality"),
                      languages: languages, interpreter: reader.bool("interpreter") ?? false)
    }

    private func convertFamily(_ value: JSONValue, path: String) -> FamilyMember? {
        guard let reader = JSONObjectReader(value, path: path, keys: CaseJSONKeys.family, context: context) else {
            return nil
        }
        let name = reader.requiredString("name")
        let member = FamilyMember(name: name ?? "", latinName: reader.string("latinName"),
                                  relation: reader.string("relation"), aNumber: reader.aNumber("aNumber"),
                                  birthDate: reader.date("birthDate"))
        return name == nil ? nil : member
    }
}
