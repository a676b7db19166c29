import CaseDomain
import CaseStore
import Foundation
import PostgresTestSupport

/// The backends the contract runs against, each made through the public factory only. A new backend adds
/// itself here and must pass every test of the suite. PostgreSQL is one of them when
/// `CASEDESK_TEST_POSTGRES_URL` names a server (Scripts/test-postgres starts one and sets it); each test then
/// gets a database of its own.
enum Backends {
    struct Backend: CustomStringConvertible, Sendable {
        let description: String
        /// Whether the backend takes backups itself (a server's are its administrator's tools').
        var takesBackups = true
        let make: @Sendable (_ today: CivilDate) throws -> (any CaseRepository, cleanup: @Sendable () -> Void)
    }

    static let all: [Backend] = [sqlite] + (PostgresTestServer.fromEnvironment.map { [postgres($0)] } ?? [])

    static func postgres(_ server: PostgresTestServer) -> Backend {
        Backend(description: "PostgreSQL server", takesBackups: false) { today in
            let database = try server.freshDatabase()
            let store = try CaseStores.open(location: database.url, create: true, today: today)
            return (store, { database.drop() })
        }
    }

    static let sqlite =
        Backend(description: "SQLite file") { today in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-contract-" + UUID().uuidString)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let store = try CaseStores.open(location: folder.appendingPathComponent("store.sqlite").path, create: true,
                                            today: today)
            return (store, { try? FileManager.default.removeItem(at: folder) })
        }
}

func day(_ text: String) -> CivilDate {
    guard let date = CivilDate(iso: text) else { fatalError("bad date in a test: \(text)") }
    return date
}

func itemID(_ text: String) -> ItemID {
    guard let id = ItemID(text) else { fatalError("bad id in a test: \(text)") }
    return id
}

/// A small valid case.
func sampleCase(_ matter: String, name: String = "Олена Коваленко", aNumber: String? = nil) -> CaseFile {
    CaseFile(matter: matter,
             client: Client(name: name, latinName: "Olena Kovalenko", aNumber: aNumber.flatMap { ANumber(parsing: $0) },
                            nationality: "UA", languages: ["uk"]),
             grounds: [.politicalOpinion], track: .defensive, paralegal: "mreyes", attorney: "jsapochnick",
             custody: [CustodyPeriod(status: .iceDetained, from: day("2026-01-10"), place: "Otay Mesa")],
             events: [TimelineEvent(kind: .arrival, date: day("2026-01-09")),
                      TimelineEvent(kind: .masterHearing, date: day("2026-12-10"), time: TimeOfDay(hour: 8, minute: 30))],
             evidence: [EvidenceItem(category: .identity, title: "Passport"),
                        EvidenceItem(category: .declaration, title: "Declaration")])
}
