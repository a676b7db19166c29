import CaseDomain
import CaseStore
import Foundation
import Kiosk

/// Where the kiosk's board comes from. Asked about once a second; a failure is the neutral screen.
protocol KioskSource: AnyObject {
    /// The board when it changed since the last call (or on the first), nil when unchanged. Throws when
    /// the data cannot be read now.
    func boardIfChanged() throws -> KioskBoard?
    /// The time zone the clock runs in.
    var timeZone: String { get }
    /// A fixed `--today`, if any.
    var fixed: Now? { get }
}

/// A board file `publish-board` writes, re-read when its inode, size or modification time changes (it is
/// replaced by a rename, so a new board is a new inode).
final class FileBoardSource: KioskSource {
    let path: String
    let fixed: Now?
    private(set) var timeZone = "UTC"
    private var seen: (inode: UInt64, size: Int64, modified: Int)?

    init(path: String, fixed: Now?) {
        self.path = path
        self.fixed = fixed
    }

    func boardIfChanged() throws -> KioskBoard? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            seen = nil
            throw BoardError.unreadable
        }
        let now = (inode: UInt64(info.st_ino), size: Int64(info.st_size),
                   modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec)
        if let seen, seen == now { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw BoardError.unreadable }
        let board = try KioskBoard(json: data)
        seen = now
        timeZone = board.timeZone
        return board
    }
}

/// The store itself, opened read-only: the board is made again when the change feed moves, the day
/// changes, or a minute has passed (so a store that could not be opened is tried again).
final class StoreBoardSource: KioskSource {
    let options: StoreOptions
    let fixed: Now?
    private(set) var timeZone = "UTC"
    private var store: (any CaseRepository)?
    private var settings: StoreSettings?
    private var lastToken: ChangeToken?
    private var lastDate: CivilDate?
    private var madeAt = Date.distantPast

    init(options: StoreOptions, fixed: Now?) {
        self.options = options
        self.fixed = fixed
    }

    func boardIfChanged() throws -> KioskBoard? {
        do {
            let store = try openStore()
            let token = try store.changeToken()
            let settings = try self.settings ?? store.settings()
            let now = fixed ?? Now.clock(timeZone: settings.timeZone)
            if token == lastToken, now.date == lastDate, Date().timeIntervalSince(madeAt) < 60 { return nil }
            let fresh = token == lastToken ? settings : try store.settings()
            self.settings = fresh
            timeZone = fresh.timeZone
            let board = try StoreBoard.board(from: store, now: fixed ?? Now.clock(timeZone: fresh.timeZone),
                                             settings: fresh)
            (lastToken, lastDate, madeAt) = (token, now.date, Date())
            return board
        } catch {
            // Opened again next time: the file may have been replaced or repaired meanwhile.
            store = nil
            settings = nil
            lastToken = nil
            throw error
        }
    }

    private func openStore() throws -> any CaseRepository {
        if let store { return store }
        // Never waits for an upgrade on the wall: the neutral screen retries instead.
        let context = try StoreBoard.open(options, waitingForUpgrade: false)
        store = context.store
        return context.store
    }
}
