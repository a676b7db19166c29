/// Reads a digest's compact text byte by byte: splitting by `Character` would run grapheme breaking over
/// every byte, which costs more than everything else the review does.
struct CompactReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Keep only the deadlines listed by this date (nil: all).
    let listedBy: CivilDate?

    static let part: UInt8 = 0x1E, entry: UInt8 = 0x1D, field: UInt8 = 0x1F, sub: UInt8 = 0x1C

    typealias Span = Range<Int>

    /// The pieces of `span` between separators (a skipped day's date and reason; their count varies).
    func split(_ span: Span, on separator: UInt8) -> [Span] {
        var spans: [Span] = []
        var start = span.lowerBound
        for index in span where bytes[index] == separator {
            spans.append(start..<index)
            start = index + 1
        }
        spans.append(start..<span.upperBound)
        return spans
    }

    /// Calls `body` with the fields of `span` split on `separator`, kept on the stack; nil when there are
    /// more than `capacity` fields. The header and each entry have a fixed number of fields, so no array
    /// needs to be allocated per digest.
    func withFields<Result>(_ span: Span, on separator: UInt8, capacity: Int,
                            _ body: (UnsafeMutableBufferPointer<Span>) -> Result?) -> Result? {
        withUnsafeTemporaryAllocation(of: Span.self, capacity: capacity) { fields -> Result? in
            var count = 0
            var start = span.lowerBound
            for index in span where bytes[index] == separator {
                guard count < capacity - 1 else { return nil }
                fields.initializeElement(at: count, to: start..<index)
                count += 1
                start = index + 1
            }
            fields.initializeElement(at: count, to: start..<span.upperBound)
            count += 1
            return body(UnsafeMutableBufferPointer(rebasing: fields[..<count]))
        }
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
        withFields(0..<bytes.count, on: Self.part, capacity: 3) { parts in
            guard parts.count == 3 else { return nil }
            return withFields(parts[0], on: Self.field, capacity: 10) { header in
                guard header.count == 10 else { return nil }
                return digest(header: header, items: parts[1], appointments: parts[2])
            }
        }
    }

    private func digest(header: UnsafeMutableBufferPointer<Span>, items itemsPart: Span,
                        appointments appointmentsPart: Span) -> CaseDigest? {
        guard equals(header[0], CaseDigest.version),
              let computed = date(header[1]), let valid = date(header[2]), let closedDays = int(header[5]),
              let total = int(header[7]), let complete = int(header[8]), let untranslated = int(header[9]) else { return nil }
        var custody: CustodyStatus?
        if !header[3].isEmpty {
            guard let status = CustodyStatus(rawValue: text(header[3])) else { return nil }
            custody = status
        }
        var items: [DeadlineItem] = []
        let itemsRead = forEachEntry(itemsPart) { span in
            if let listedBy, let listFrom = listFrom(of: span), listFrom > listedBy { return true }
            guard let item = item(span) else { return false }
            items.append(item)
            return true
        }
        var appointments: [Appointment] = []
        let appointmentsRead = forEachEntry(appointmentsPart) { span in
            let appointment: Appointment? = withFields(span, on: Self.field, capacity: 3) { f in
                guard f.count == 3, let kind = EventKind(rawValue: text(f[0])), let day = date(f[1]) else { return nil }
                let time = int(f[2]).flatMap { TimeOfDay(hour: $0 / 60, minute: $0 % 60) }
                return Appointment(kind: kind, date: day, time: time)
            }
            guard let appointment else { return false }
            appointments.append(appointment)
            return true
        }
        guard itemsRead, appointmentsRead else { return nil }
        return CaseDigest(computedFor: computed, validThrough: valid, pendingDeadlines: items,
                          upcomingAppointments: appointments, custodyStatus: custody, detainedSince: date(header[4]),
                          closedDetentionDays: closedDays, nextCheckIn: date(header[6]), evidenceTotal: total,
                          evidenceComplete: complete, evidenceUntranslated: untranslated)
    }

    /// Calls `body` with each non-empty entry of `span` until it returns false; false when it did.
    func forEachEntry(_ span: Span, _ body: (Span) -> Bool) -> Bool {
        var start = span.lowerBound
        for index in span where bytes[index] == Self.entry {
            if index > start, !body(start..<index) { return false }
            start = index + 1
        }
        return span.upperBound > start ? body(start..<span.upperBound) : true
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
        withFields(span, on: Self.field, capacity: 12) { f in
            guard f.count == 12, let rule = RuleID(rawValue: text(f[0])), let trigger = date(f[2]),
                  let due = date(f[4]), let daysLeft = int(f[7]), let state = DeadlineState(rawValue: text(f[8])),
                  let listFrom = date(f[10])
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
}
