import CaseDomain

/// The record-event and edit-event forms: the fields follow the event's kind (docs/formats.md): the
/// outcome of decisions and credible fear, the days of voluntary departure, the hearing of a court-set
/// deadline or filing, the time and place of hearings and appointments, a hearing's status, an EAD's expiry.
enum EventForm {
    static func fields(_ values: FormValues) -> [FieldSpec] {
        var fields = [FieldSpec("kind", "Kind", .choice(EventKind.identifiers, required: true))]
        guard let kind = values["kind"].flatMap({ EventKind(rawValue: FieldChecks.trimmed($0)) }) else { return fields }
        fields.append(FieldSpec("date", "Date", .date(yearless: yearless(kind), required: true)))
        if hasAppointment(kind) {
            fields.append(FieldSpec("time", "Time", .time))
            fields.append(FieldSpec("place", "Place", .line(required: false)))
        }
        if kind.isHearing {
            fields.append(FieldSpec("status", "Status", .choice(HearingStatus.identifiers, required: false)))
        }
        if !kind.allowedOutcomes.isEmpty {
            fields.append(FieldSpec("outcome", "Outcome", .choice(kind.allowedOutcomes.map(\.rawValue), required: false)))
        }
        if kind == .vdGranted { fields.append(FieldSpec("days", "Days", .number(1...3650, required: true))) }
        if kind.belongsToHearing {
            fields.append(FieldSpec("hearing", "For the hearing of", .date(yearless: .next, required: false)))
        }
        if kind == .eadGranted { fields.append(FieldSpec("expires", "Expires", .date(yearless: .next, required: false))) }
        fields.append(FieldSpec("title", "Title", .line(required: kind.requiresTitle)))
        fields.append(FieldSpec("notes", "Notes", .notes))
        return fields
    }

    /// Hearings, deadlines and appointments are ahead; what happened (an arrival, a filing) is behind.
    static func yearless(_ kind: EventKind) -> YearlessDate { kind.yearlessDate }

    static func hasAppointment(_ kind: EventKind) -> Bool {
        kind.isAppointment || kind == .biometrics || kind == .checkIn
    }

    static func blank(today: CivilDate) -> FormValues { ["kind": "", "date": ""] }

    static func values(of event: TimelineEvent) -> FormValues {
        [
            "kind": event.kind.rawValue, "date": event.date.iso, "time": event.time?.text ?? "",
            "place": event.place ?? "", "status": event.status?.rawValue ?? "", "outcome": event.outcome?.rawValue ?? "",
            "days": event.days.map(String.init) ?? "", "hearing": event.hearing?.iso ?? "",
            "expires": event.expires?.iso ?? "", "title": event.title ?? "", "notes": event.notes ?? "",
        ]
    }

    /// The event the form describes (fields its kind does not have are left out); nil while the kind
    /// or the date is not set.
    static func event(_ read: FormReader, base: TimelineEvent?) -> TimelineEvent? {
        guard let kind = read.choice("kind", as: EventKind.self), let date = read.date("date", yearless(kind)) else { return nil }
        let shown = Set(fields(read.values).map(\.key))
        func has(_ key: String) -> Bool { shown.contains(key) }
        return TimelineEvent(
            kind: kind, date: date, time: has("time") ? read.time("time") : nil, place: has("place") ? read.text("place") : nil,
            title: read.text("title"), notes: read.notes("notes"),
            outcome: has("outcome") ? read.choice("outcome", as: Outcome.self) : nil,
            days: has("days") ? read.number("days") : nil, hearing: has("hearing") ? read.date("hearing", .next) : nil,
            status: has("status") ? read.choice("status", as: HearingStatus.self) : nil,
            expires: has("expires") ? read.date("expires", .next) : nil,
            recordedBy: base?.recordedBy, sequence: base?.sequence ?? 0, id: base?.id)
    }
}
