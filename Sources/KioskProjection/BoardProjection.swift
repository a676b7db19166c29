import CaseDomain
import Kiosk

/// The one crossing from cases to the office display: it copies into a `KioskBoard` only what the board
/// may hold (docs/domain.md, Confidentiality): a code per case, event kinds, dates, rule titles, staff
/// initials, evidence counts and totals. Its counts are the daily review's (`DailyReview.queue`).
public enum BoardProjection {
    /// How each case is named on the board.
    public enum Codes: Sendable {
        /// The matter number.
        case matters
        /// `KioskCode` under the store's secret (`kioskOpaqueCodes`).
        case opaque(secret: [UInt8])
    }

    /// What the projection reads.
    public struct Input: Sendable {
        public var date: CivilDate
        /// `YYYY-MM-DDTHH:MM`, local time.
        public var generatedAt: String
        public var timeZone: String
        /// Everyone's review candidates for `date` (the store's `reviewCandidates(date:user: nil)`).
        public var candidates: [ReviewCase]
        /// The paralegal of every open case (nil when none is assigned).
        public var openCaseParalegals: [String?]
        /// Initials by login, from the staff directory.
        public var initials: [String: String]
        public var codes: Codes

        public init(date: CivilDate, generatedAt: String, timeZone: String, candidates: [ReviewCase],
                    openCaseParalegals: [String?], initials: [String: String], codes: Codes) {
            self.date = date
            self.generatedAt = generatedAt
            self.timeZone = timeZone
            self.candidates = candidates
            self.openCaseParalegals = openCaseParalegals
            self.initials = initials
            self.codes = codes
        }
    }

    /// The days ahead the deadlines page lists.
    public static let deadlineWindowDays = 14

    public static func board(_ input: Input) -> KioskBoard {
        let queue = DailyReview.queue(cases: input.candidates, date: input.date, user: nil)
        let byMatter = Dictionary(input.candidates.map { ($0.matter, $0) }) { first, _ in first }
        func code(_ matter: String) -> String {
            switch input.codes {
            case .matters: return matter
            case .opaque(let secret):
                let id = byMatter[matter]?.id ?? CaseIdentity.derivedCaseID(matter: matter)
                return KioskCode.code(for: id, secret: secret)
            }
        }
        func staff(_ login: String?) -> String {
            guard let login else { return "—" }
            return input.initials[login] ?? login
        }
        var hearings: [KioskBoard.Hearing] = []
        var deadlines: [KioskBoard.Deadline] = []
        var detained = 0
        for item in queue {
            let digest = byMatter[item.matter]?.digest
            switch item.detail {
            case .hearing(let appointment):
                hearings.append(KioskBoard.Hearing(
                    code: code(item.matter), event: appointment.kind.label, date: appointment.date.iso,
                    time: appointment.time?.text, staff: staff(item.paralegal),
                    evidenceComplete: digest?.evidenceComplete ?? 0, evidenceTotal: digest?.evidenceTotal ?? 0))
            case .deadline(let deadline):
                guard deadline.daysLeft <= deadlineWindowDays else { continue }
                deadlines.append(KioskBoard.Deadline(code: code(item.matter), deadline: title(of: deadline.rule),
                                                     due: deadline.due.iso, staff: staff(item.paralegal)))
            case .detained: detained += 1
            case .checkIn, .evidence, .stale: continue
            }
        }
        hearings.sort { ($0.date, $0.time ?? "", $0.code) < ($1.date, $1.time ?? "", $1.code) }
        var open: [String: Int] = [:]
        for paralegal in input.openCaseParalegals { open[staff(paralegal), default: 0] += 1 }
        let summary = KioskBoard.Summary(
            hearingsThisWeek: hearings.count, overdue: deadlines.filter { $0.due < input.date.iso }.count,
            detained: detained,
            openCases: open.sorted { $0.key < $1.key }.map { KioskBoard.StaffCount(staff: $0.key, open: $0.value) })
        return KioskBoard(generatedAt: input.generatedAt, date: input.date.iso, timeZone: input.timeZone,
                          hearings: hearings, deadlines: deadlines, summary: summary)
    }

    /// The rule's title, never a task's own words (which may name a place or a person); parole's expiry
    /// is worded without the custody word.
    static func title(of rule: RuleID) -> String {
        switch rule {
        case .task: "Task deadline"
        case .paroleExpiry: "Document expiry"
        case .oneYearFiling, .prehearingMaster, .prehearingIndividual, .biaAppeal, .pfr, .motionReconsider,
             .motionReopen, .eoir33, .ar11, .voluntaryDeparture, .eadRenewal, .annualAsylumFee, .eadFile, .eadGrant:
            RuleCatalog.rule(rule).title
        }
    }
}
