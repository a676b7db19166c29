import ScreenKit

/// The kiosk's pages, in their rotation order.
public enum KioskPage: Int, CaseIterable, Hashable, Sendable {
    case hearings, deadlines, summary

    public var title: String {
        switch self {
        case .hearings: "Hearings this week"
        case .deadlines: "Deadlines: overdue and next 14 days"
        case .summary: "Office summary"
        }
    }

    var next: KioskPage { KioskPage(rawValue: (rawValue + 1) % Self.allCases.count) ?? .hearings }
    var previous: KioskPage {
        KioskPage(rawValue: (rawValue + Self.allCases.count - 1) % Self.allCases.count) ?? .hearings
    }
}

/// The wall clock as the kiosk shows it, in the board's time zone.
public struct KioskClock: Hashable, Sendable {
    public var date: BoardDate
    public var hour: Int
    public var minute: Int

    public init(date: BoardDate, hour: Int, minute: Int) {
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// `09:41`.
    public var text: String { Self.two(hour) + ":" + Self.two(minute) }

    static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}

/// What happens to the kiosk: keys, the clock, the data read again.
public enum KioskAction: Hashable, Sendable {
    /// A key, with the loop's monotonic time in milliseconds (the Ctrl-Q chord is timed).
    case key(Key, atMilliseconds: Int)
    /// The clock, about every second.
    case tick(KioskClock, atMilliseconds: Int)
    /// A board read from the store or the file, at the clock's time.
    case loaded(KioskBoard, at: KioskClock)
    /// The source was read and has not changed since the board shown.
    case stillCurrent
    /// The store or the file could not be read: the neutral screen until it can.
    case unavailable
    case resized(Size)
}

/// Everything the kiosk shows, as plain values. Read-only by construction: no action changes stored data.
public struct KioskState: Hashable, Sendable {
    public var size: Size
    public var ascii: Bool
    public var board: KioskBoard?
    public var isUnavailable = false
    public var clock: KioskClock
    public var page: KioskPage = .hearings
    /// Seconds a page stays before the next one.
    public var rotateSeconds: Int
    /// When the page was last turned (milliseconds), for the rotation.
    public var pageTurnedAt: Int
    /// When the board shown was made (`HH:MM`, the footer's "Updated").
    public var lastRefresh: String?
    /// When Ctrl-Q was pressed once (milliseconds); a second press within 2 s leaves.
    public var quitArmedAt: Int?
    /// A short note in the footer (a refused key, the chord half done) and until when it shows.
    public var notice: String?
    public var noticeUntil = 0

    /// The window in which the second Ctrl-Q must come.
    public static let quitChordMilliseconds = 2000

    public init(size: Size, clock: KioskClock, rotateSeconds: Int = 20, ascii: Bool = false, startedAt: Int = 0) {
        self.size = size
        self.clock = clock
        self.rotateSeconds = max(1, rotateSeconds)
        self.ascii = ascii
        pageTurnedAt = startedAt
    }

    /// Applies an action; true when the kiosk should end (the Ctrl-Q chord).
    public mutating func update(_ action: KioskAction) -> Bool {
        switch action {
        case .key(let key, let now): return handle(key, at: now)
        case .tick(let newClock, let now):
            clock = newClock
            if now - pageTurnedAt >= rotateSeconds * 1000 { turn(to: page.next, at: now) }
            if notice != nil, now >= noticeUntil { notice = nil }
            if let armed = quitArmedAt, now - armed > Self.quitChordMilliseconds { quitArmedAt = nil }
            return false
        case .loaded(let newBoard, let at):
            board = newBoard
            isUnavailable = false
            // The board's own time: a board file is as fresh as its last publication.
            let made = newBoard.generatedAt.split(separator: "T").last.map(String.init)
            lastRefresh = made.flatMap { $0.count == 5 ? $0 : nil } ?? at.text
            return false
        case .stillCurrent:
            if board != nil { isUnavailable = false }
            return false
        case .unavailable:
            isUnavailable = true
            return false
        case .resized(let newSize):
            size = newSize
            return false
        }
    }

    mutating func handle(_ key: Key, at now: Int) -> Bool {
        guard let action = KioskKeys.action(for: key) else {
            // Every other key (Ctrl-C, Ctrl-Z, Ctrl-\, q, :, !, Esc, …) changes nothing and says so.
            show("Read-only display: nothing can be changed here", at: now)
            return false
        }
        switch action {
        case .previousPage: turn(to: page.previous, at: now)
        case .nextPage: turn(to: page.next, at: now)
        case .leave:
            if let armed = quitArmedAt, now - armed <= Self.quitChordMilliseconds { return true }
            quitArmedAt = now
            show("Ctrl-Q again within 2 seconds leaves the display", at: now)
        }
        return false
    }

    mutating func turn(to newPage: KioskPage, at now: Int) {
        page = newPage
        pageTurnedAt = now
    }

    mutating func show(_ text: String, at now: Int) {
        notice = text
        noticeUntil = now + 3000
    }
}

/// What a kiosk key does; none changes data.
public enum KioskKeyAction: Hashable, Sendable {
    case previousPage, nextPage, leave
}

/// The kiosk's whole key table: pages and the leaving chord. Nothing here writes, edits, opens a shell
/// or suspends; every other key is refused by `KioskState`.
public enum KioskKeys {
    public struct Binding: Hashable, Sendable {
        public var keys: [Key]
        public var action: KioskKeyAction
        public var summary: String
        /// Always false: the kiosk binds no key that changes data (a test checks it).
        public var mutates: Bool
    }

    public static let bindings: [Binding] = [
        Binding(keys: [.left, .up, .pageUp], action: .previousPage, summary: "Previous page", mutates: false),
        Binding(keys: [.right, .down, .pageDown], action: .nextPage, summary: "Next page", mutates: false),
        Binding(keys: [.ctrl("q")], action: .leave, summary: "Twice within 2 s: leave the display", mutates: false),
    ]

    public static func action(for key: Key) -> KioskKeyAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }
}
