import CaseDomain
import Foundation

/// How a case is kept in the store: one JSON document per case, in DATA.md's shape (so other tools can read
/// it), with the columns the screens query kept beside it. Internal: the public contract is DATA.md's export.
struct CaseDocument: Codable {
    var matter: String
    var client: ClientDocument
    var family: [FamilyDocument]
    var grounds: [Ground]
    var track: Track?
    var court: String?
    var docket: Docket?
    var judge: String?
    var paralegal: String?
    var attorney: String?
    var oneYearException: OneYearException?
    var closed: ClosureDocument?
    var custody: [CustodyDocument]
    var events: [EventDocument]
    var evidence: [EvidenceDocument]

    init(_ file: CaseFile) {
        matter = file.matter
        client = ClientDocument(file.client)
        family = file.family.map(FamilyDocument.init)
        grounds = file.grounds
        track = file.track
        court = file.court
        docket = file.docket
        judge = file.judge
        paralegal = file.paralegal
        attorney = file.attorney
        oneYearException = file.oneYearException
        closed = file.closed.map { ClosureDocument(date: $0.date, reason: $0.reason) }
        custody = file.custody.map(CustodyDocument.init)
        events = file.events.map(EventDocument.init)
        evidence = file.evidence.map(EvidenceDocument.init)
    }

    func file() throws -> CaseFile {
        CaseFile(matter: matter, client: try client.client(), family: try family.map { try $0.member() },
                 grounds: grounds, track: track, court: court, docket: docket, judge: judge, paralegal: paralegal,
                 attorney: attorney, oneYearException: oneYearException,
                 closed: closed.map { CaseClosure(date: $0.date, reason: $0.reason) },
                 custody: custody.map { $0.period() }, events: events.map { $0.event() },
                 evidence: evidence.map { $0.item() })
    }
}

struct ClientDocument: Codable {
    var name: String
    var latinName: String?
    var aNumber: String?
    var birthDate: CivilDate?
    var nationality: String?
    var languages: [String]
    var interpreter: Bool

    init(_ client: Client) {
        name = client.name
        latinName = client.latinName
        aNumber = client.aNumber?.digits
        birthDate = client.birthDate
        nationality = client.nationality
        languages = client.languages
        interpreter = client.interpreter
    }

    func client() throws -> Client {
        Client(name: name, latinName: latinName, aNumber: try ANumber.stored(aNumber), birthDate: birthDate,
               nationality: nationality, languages: languages, interpreter: interpreter)
    }
}

struct FamilyDocument: Codable {
    var name: String
    var latinName: String?
    var relation: String?
    var aNumber: String?
    var birthDate: CivilDate?

    init(_ member: FamilyMember) {
        name = member.name
        latinName = member.latinName
        relation = member.relation
        aNumber = member.aNumber?.digits
        birthDate = member.birthDate
    }

    func member() throws -> FamilyMember {
        FamilyMember(name: name, latinName: latinName, relation: relation, aNumber: try ANumber.stored(aNumber),
                     birthDate: birthDate)
    }
}

struct ClosureDocument: Codable {
    var date: CivilDate
    var reason: ClosedReason
}

struct SponsorDocument: Codable {
    var name: String
    var relation: String?
    var phone: String?
    var address: String?
}

extension ANumber {
    /// A stored A-number: nine digits, or the document is damaged.
    static func stored(_ digits: String?) throws -> ANumber? {
        guard let digits else { return nil }
        guard digits.utf8.count == 9, let number = ANumber(parsing: digits) else {
            throw DocumentError.malformed("an A-number")
        }
        return number
    }
}

/// A stored document that does not decode: the file was changed behind the store's back.
enum DocumentError: Error {
    case malformed(String)
}
