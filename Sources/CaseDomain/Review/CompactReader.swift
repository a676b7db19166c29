/// Reads a digest's compact text byte by byte: splitting by `Character` would run grapheme breaking over
/// every byte, which costs more than everything else the review does.
struct CompactReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Keep only the deadlines listed by this date (nil: all).
    let listedBy: CivilDate?

    static let part: UInt8 = 0x1E, entry: UInt8 = 0x1D, field: UInt8 = 0x1F, sub: UInt8 = 0x1C

    typealias Span = Range<Int>

    func split(_ span: Span, on separator: UInt8, keepingEmpty: Bool = true) -> [Span] {
        var spans: [Span] = []
        var start = span.lowerBound
        for index in span where bytes[index] == separator {
            if keepingEmpty || index > start { spans.append(start..<index) }
            start = index + 1
        }
        if keepingEmpty || span.upperBound > start { spans.append(start..<span.upperBound) }
        return spans
    }

    func text(_ span: Span) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self) }

    func int(_ span: Span) -> Int? {
        guard !span.isEmpty else { return nil }
        var value = 0
        var sign = 1
        var index = span.lowerBound
        if bytes[index] == UInt8(ascii: "-") {
            sign = -1
            index += 1
            guard index < span.upperBound else { return nil }
        }
        while index < span.upperBound {
            let byte = bytes[index]
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
            index += 1
        }
        return value * sign
    }

    func date(_ span: Span) -> CivilDate? { int(span).map(CivilDate.init(dayNumber:)) }

    func equals(_ span: Span, _ literal: String) -> Bool {
        span.count == literal.utf8.count && zip(bytes[span], literal.utf8).allSatisfy { $0 == $1 }
    }

    func digest() -> CaseDigest? {
        let parts = split(0..<bytes.count, on: Self.part)
        guard parts.count == 3 else { return nil }
        let header = split(parts[0], on: Self.field)
        guard header.count == 10, equals(header[0], CaseDigest.version),
              let computed = date(header[1]), let valid = date(header[2]), let closedDays = int(header[5]),
              let total = int(header[7]), let complete = int(header[8]), let untranslated = int(header[9]) else { return nil }
        var custody: CustodyStatus?
        if !header[3].isEmpty {
            guard let status = CustodyStatus(rawValue: text(header[3])) else { return nil }
            custody = status
        }
        var items: [DeadlineItem] = []
        for span in split(parts[1], on: Self.entry, keepingEmpty: false) {
            if let listedBy, let listFrom = listFrom(of: span), listFrom > listedBy { continue }
            guard let item = item(span) else { return nil }
            items.append(item)
        }
        var appointments: [Appointment] = []
        for span in split(parts[2], on: Self.entry, keepingEmpty: false) {
            let f = split(span, on: Self.field)
            guard f.count == 3, let kind = EventKind(rawValue: text(f[0])), let day = date(f[1]) else { return nil }
            let time = int(f[2]).flatMap { TimeOfDay(hour: $0 / 60, minute: $0 % 60) }
            appointments.append(Appointment(kind: kind, date: day, time: time))
        }
        return CaseDigest(computedFor: computed, validThrough: valid, pendingDeadlines: items,
                          upcomingAppointments: appointments, custodyStatus: custody, detainedSince: date(header[4]),
                          closedDetentionDays: closedDays, nextCheckIn: date(header[6]), evidenceTotal: total,
                          evidenceComplete: complete, evidenceUntranslated: untranslated)
    }

    /// The `listFrom` field (the 11th) of an item, read without decoding the rest.
    func listFrom(of span: Span) -> CivilDate? {
        var field = 0
        var start = span.lowerBound
        for index in span where bytes[index] == Self.field {
            if field == 10 { return date(start..<index) }
            field += 1
            start = index + 1
        }
        return nil
    }

    func item(_ span: Span) -> DeadlineItem? {
        let f = split(span, on: Self.field)
        guard f.count == 12, let rule = RuleID(rawValue: text(f[0])), let trigger = date(f[2]), let due = date(f[4]),
              let daysLeft = int(f[7]), let state = DeadlineState(rawValue: text(f[8])), let listFrom = date(f[10])
        else { return nil }
        var skipped: [SkippedDay] = []
        if !f[6].isEmpty {
            let pieces = split(f[6], on: Self.sub)
            guard pieces.count % 2 == 0 else { return nil }
            for index in stride(from: 0, to: pieces.count, by: 2) {
                guard let day = date(pieces[index]) else { return nil }
                skipped.append(SkippedDay(date: day, reason: text(pieces[index + 1])))
            }
        }
        return DeadlineItem(rule: rule, title: text(f[1]), trigger: trigger, hearing: date(f[3]), due: due,
                            unrolled: date(f[5]), skipped: skipped, daysLeft: daysLeft, state: state,
                            satisfiedOn: date(f[9]), listFrom: listFrom, isCourtSet: equals(f[11], "1"))
    }
}
