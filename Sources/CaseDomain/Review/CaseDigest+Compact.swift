/// A compact text form of a digest, for the store: decoding a firm's worth of digests must take
/// milliseconds, and a general-purpose JSON decoder is two orders of magnitude slower than this.
///
/// Separators are ASCII information separators, which stored text can never contain (TextSafety rejects
/// every C0 control): U+001E between the parts, U+001D between list entries, U+001F between fields,
/// U+001C between a skipped day's date and reason and between skipped days.
extension CaseDigest {
    static let part: Character = "\u{1E}"
    static let entry: Character = "\u{1D}"
    static let field: Character = "\u{1F}"
    static let sub: Character = "\u{1C}"
    static let version = "d1"

    /// The digest as compact text.
    public var compactText: String {
        let header = [CaseDigest.version, String(computedFor.dayNumber), String(validThrough.dayNumber),
                      custodyStatus?.rawValue ?? "", Self.day(detainedSince), String(closedDetentionDays),
                      Self.day(nextCheckIn), String(evidenceTotal), String(evidenceComplete), String(evidenceUntranslated)]
        let items = pendingDeadlines.map { item in
            [item.rule.rawValue, item.title, String(item.trigger.dayNumber), Self.day(item.hearing),
             String(item.due.dayNumber), Self.day(item.unrolled),
             item.skipped.map { "\($0.date.dayNumber)\(CaseDigest.sub)\($0.reason)" }.joined(separator: String(CaseDigest.sub)),
             String(item.daysLeft), item.state.rawValue, Self.day(item.satisfiedOn), String(item.listFrom.dayNumber),
             item.isCourtSet ? "1" : "0"].joined(separator: String(CaseDigest.field))
        }
        let appointments = upcomingAppointments.map { appointment in
            [appointment.kind.rawValue, String(appointment.date.dayNumber), appointment.time.map { String($0.minutes) } ?? ""]
                .joined(separator: String(CaseDigest.field))
        }
        return [header.joined(separator: String(CaseDigest.field)), items.joined(separator: String(CaseDigest.entry)),
                appointments.joined(separator: String(CaseDigest.entry))].joined(separator: String(CaseDigest.part))
    }

    /// Reads `compactText`; nil when the text is not a digest of this version (the store then recomputes).
    public init?(compactText text: String) {
        let parts = text.split(separator: CaseDigest.part, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let header = parts[0].split(separator: CaseDigest.field, omittingEmptySubsequences: false)
        guard header.count == 10, header[0] == CaseDigest.version,
              let computed = Self.date(header[1]), let valid = Self.date(header[2]),
              let closedDays = Int(header[5]), let total = Int(header[7]), let complete = Int(header[8]),
              let untranslated = Int(header[9]) else { return nil }
        var custody: CustodyStatus?
        if !header[3].isEmpty {
            guard let status = CustodyStatus(rawValue: String(header[3])) else { return nil }
            custody = status
        }
        var items: [DeadlineItem] = []
        for entry in parts[1].split(separator: CaseDigest.entry) {
            guard let item = Self.item(entry) else { return nil }
            items.append(item)
        }
        var appointments: [Appointment] = []
        for entry in parts[2].split(separator: CaseDigest.entry) {
            let fields = entry.split(separator: CaseDigest.field, omittingEmptySubsequences: false)
            guard fields.count == 3, let kind = EventKind(rawValue: String(fields[0])), let date = Self.date(fields[1])
            else { return nil }
            let time = Int(fields[2]).flatMap { TimeOfDay(hour: $0 / 60, minute: $0 % 60) }
            appointments.append(Appointment(kind: kind, date: date, time: time))
        }
        self.init(computedFor: computed, validThrough: valid, pendingDeadlines: items, upcomingAppointments: appointments,
                  custodyStatus: custody, detainedSince: Self.date(header[4]), closedDetentionDays: closedDays,
                  nextCheckIn: Self.date(header[6]), evidenceTotal: total, evidenceComplete: complete,
                  evidenceUntranslated: untranslated)
    }

    static func item(_ entry: Substring) -> DeadlineItem? {
        let f = entry.split(separator: CaseDigest.field, omittingEmptySubsequences: false)
        guard f.count == 12, let rule = RuleID(rawValue: String(f[0])), let trigger = date(f[2]), let due = date(f[4]),
              let daysLeft = Int(f[7]), let state = DeadlineState(rawValue: String(f[8])), let listFrom = date(f[10])
        else { return nil }
        var skipped: [SkippedDay] = []
        let pieces = f[6].split(separator: CaseDigest.sub, omittingEmptySubsequences: false)
        if !f[6].isEmpty {
            guard pieces.count % 2 == 0 else { return nil }
            for index in stride(from: 0, to: pieces.count, by: 2) {
                guard let day = date(pieces[index]) else { return nil }
                skipped.append(SkippedDay(date: day, reason: String(pieces[index + 1])))
            }
        }
        return DeadlineItem(rule: rule, title: String(f[1]), trigger: trigger, hearing: date(f[3]), due: due,
                            unrolled: date(f[5]), skipped: skipped, daysLeft: daysLeft, state: state,
                            satisfiedOn: date(f[9]), listFrom: listFrom, isCourtSet: f[11] == "1")
    }

    static func day(_ date: CivilDate?) -> String { date.map { String($0.dayNumber) } ?? "" }

    static func date(_ text: Substring) -> CivilDate? { Int(text).map(CivilDate.init(dayNumber:)) }
}
