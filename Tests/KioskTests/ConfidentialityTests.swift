import CaseDomain
import Foundation
import Kiosk
import KioskProjection
import ScreenKit
import ScreenKitTestSupport
import Testing

/// Every confidential field of every demo case (docs/domain.md, Confidentiality) holds a marker; no
/// marker, no A-number and no custody or grounds word reaches a kiosk screen at any size, nor the board
/// file.
@Suite struct ConfidentialityTests {
    static let marker = "QZXMARK"

    /// The demo cases with a marker in each confidential text field (A-numbers and dates kept, checked
    /// by their own text).
    static var markedFiles: [(file: CaseFile, lastChange: CivilDate)] {
        KioskDemo.files.map { entry in
            var file = entry.file
            let m = marker
            file.client.name = m + " client " + file.client.name
            file.client.latinName = m + " latin"
            file.client.nationality = m + "-nationality"
            file.client.languages = [m + "-language"]
            for index in file.family.indices {
                file.family[index].name = m + " family"
                file.family[index].latinName = m + " family latin"
                file.family[index].relation = m + " relation"
            }
            file.court = m + " court"
            file.judge = m + " judge"
            for index in file.custody.indices {
                file.custody[index].place = m + " facility"
                file.custody[index].authority = m + " authority"
                file.custody[index].obligor = m + " obligor"
                file.custody[index].conditions = m + " conditions"
                file.custody[index].notes = m + " notes"
                if file.custody[index].sponsor != nil {
                    file.custody[index].sponsor?.name = m + " sponsor"
                    file.custody[index].sponsor?.relation = m + " sponsor relation"
                    file.custody[index].sponsor?.phone = m + " phone"
                    file.custody[index].sponsor?.address = m + " address"
                }
            }
            for index in file.events.indices {
                file.events[index].place = m + " place"
                file.events[index].notes = m + " notes"
                file.events[index].title = m + " title"
            }
            for index in file.evidence.indices {
                file.evidence[index].title = m + " evidence"
            }
            return (file, entry.lastChange)
        }
    }

    /// Text that must never appear: the marker, each A-number (as digits and as written), each birth
    /// date, each custody status and ground.
    static var forbidden: [String] {
        var words = [marker]
        for (file, _) in markedFiles {
            let people = [file.client.aNumber] + file.family.map(\.aNumber)
            for number in people.compactMap({ $0 }) {
                words.append(number.digits)
                words.append(number.description)
            }
            words += ([file.client.birthDate] + file.family.map(\.birthDate)).compactMap { $0?.iso }
        }
        words += CustodyStatus.allCases.flatMap { [$0.rawValue, $0.label] }
        words += Ground.allCases.map(\.label)
        // "Clients detained" is the summary's count, allowed; beside a case it is not (checked per line).
        words += ["ICE", "CBP", "asylum seeker"]
        return words
    }

    @Test("The marked fields are really in the cases the projection reads")
    func markersArePresent() {
        let text = Self.markedFiles.map { String(describing: $0.file) }.joined()
        #expect(text.contains(Self.marker + " judge"))
        #expect(text.contains(Self.marker + " evidence"))
        #expect(Self.forbidden.count > 10)
    }

    @Test("No marker, A-number or custody word on any kiosk page at any size", arguments: [
        (80, 24), (100, 30), (120, 40), (160, 50), (200, 60), (300, 80),
    ])
    func screens(_ size: (Int, Int)) {
        let board = BoardProjection.board(KioskDemo.input(Self.markedFiles))
        for page in KioskPage.allCases {
            let state = KioskDemo.state(board, page: page, size: Size(columns: size.0, rows: size.1))
            let text = KioskDemo.text(KioskRenderer.render(state))
            for word in Self.forbidden {
                #expect(!text.contains(word), "\(word) on the \(page) page at \(size.0)x\(size.1)")
            }
            let matters = KioskDemo.files.map(\.file.matter)
            for line in text.split(separator: "\n") where matters.contains(where: { line.contains($0) }) {
                #expect(!line.lowercased().contains("detain"), "a custody word beside a case: \(line)")
            }
        }
    }

    @Test("No marker, A-number or custody word in the board file, with matters or opaque codes")
    func boardFile() throws {
        for codes in [BoardProjection.Codes.matters, .opaque(secret: Array("secret".utf8))] {
            let board = BoardProjection.board(KioskDemo.input(Self.markedFiles, codes: codes))
            let text = String(decoding: try board.jsonData(), as: UTF8.self)
            #expect(!board.hearings.isEmpty && !board.deadlines.isEmpty)
            for word in Self.forbidden {
                #expect(!text.contains(word), "\(word) in the board file")
            }
        }
    }
}
