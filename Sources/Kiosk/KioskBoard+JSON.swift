import Foundation

/// The board's file (docs/formats.md, Board JSON): written with sorted keys so the same board is the same
/// bytes, read strictly enough that a damaged file is refused rather than half shown.
extension KioskBoard {
    /// The JSON text, keys sorted, two-space indented, ending in a newline.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads a board; throws `BoardError` for anything that is not a `casedesk-board/1` document.
    public init(json: Data) throws {
        let board: KioskBoard
        do {
            board = try JSONDecoder().decode(KioskBoard.self, from: json)
        } catch {
            throw BoardError.unreadable
        }
        guard board.format == Self.format else { throw BoardError.wrongFormat }
        let dates = [board.date] + board.hearings.map(\.date) + board.deadlines.map(\.due)
        guard dates.allSatisfy({ BoardDate(iso: $0) != nil }) else { throw BoardError.unreadable }
        self = board
    }
}

/// Why a board file was not shown. The kiosk shows none of this (only "data unavailable, retrying").
public enum BoardError: Error, Hashable, Sendable {
    case unreadable
    case wrongFormat
}
