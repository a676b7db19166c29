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
    /// With `listedBy`, only the pending deadlines the daily review lists by that date are kept (those whose
    /// `listFrom` has come): what the review needs, for a tenth of the work.
    public init?(compactText text: String, listedBy date: CivilDate? = nil) {
        var text = text
        guard let digest = text.withUTF8({ CompactReader(bytes: $0, listedBy: date).digest() }) else { return nil }
        self = digest
    }

    /// Reads `compactText` from its UTF-8 bytes (the store hands them over without making a `String`).
    public init?(compactBytes bytes: UnsafeBufferPointer<UInt8>, listedBy date: CivilDate? = nil) {
        guard let digest = CompactReader(bytes: bytes, listedBy: date).digest() else { return nil }
        self = digest
    }

    static func day(_ date: CivilDate?) -> String { date.map { String($0.dayNumber) } ?? "" }
}
