import CaseDomain

/// Builds a believable custody history and timeline around an arrival date.
struct TimelineBuilder {
    let today: CivilDate
    let arrival: CivilDate
    var random: SeededGenerator
    var events: [TimelineEvent] = []
    var custody: [CustodyPeriod] = []

    struct History {
        var custody: [CustodyPeriod]
        var events: [TimelineEvent]
        var isDetained: Bool
        /// How far the evidence should be: 0 at intake, 1 when everything is filed.
        var progress: Double
    }

    static let ports = ["San Ysidro POE", "Otay Mesa POE", "Calexico POE", "Tecate POE"]
    static let facilities = ["Otay Mesa Detention Center", "Imperial Regional Detention Facility",
                             "Adelanto ICE Processing Center"]

    init(today: CivilDate, arrival: CivilDate, random: SeededGenerator) {
        self.today = today
        self.arrival = arrival
        self.random = random
    }

    mutating func add(_ kind: EventKind, _ date: CivilDate, build: (inout TimelineEvent) -> Void = { _ in }) {
        guard date <= today || kind.isAppointment || kind == .deadline else { return }
        var event = TimelineEvent(kind: kind, date: date, recordedBy: random.pick(SyntheticCases.paralegals),
                                  sequence: events.count)
        build(&event)
        events.append(event)
    }

    mutating func build() -> History {
        let port = random.pick(TimelineBuilder.ports)
        add(.arrival, arrival) { $0.place = port; $0.title = "Presented at port" }
        let released = buildCustody(port: port)
        add(.cfi, arrival.adding(days: random.int(7...30))) { $0.outcome = .positive }
        add(.ntaServed, arrival.adding(days: random.int(25...60)))
        let age = arrival.days(until: today)
        var progress = 0.2
        if random.chance(0.9) || age > 365 {
            let filedAfter = random.chance(0.93) ? random.int(60...340) : random.int(366...480)
            let filed = arrival.adding(days: filedAfter)
            add(.i589Filed, filed)
            progress = 0.5
            if random.chance(0.6) { add(.biometrics, filed.adding(days: random.int(30...70))) }
            if filed.days(until: today) > 200, random.chance(0.7) {
                let eadFiled = filed.adding(days: random.int(151...200))
                add(.eadFiled, eadFiled)
                let granted = eadFiled.adding(days: random.int(30...90))
                let expires = granted.adding(days: random.int(300...1_900))
                add(.eadGranted, granted) { $0.expires = expires }
            }
            if filed.adding(years: 1) < today, random.chance(0.6) { add(.feePaid, filed.adding(years: 1)) }
        }
        var master = arrival.adding(days: random.int(90...200))
        while master < today.adding(days: -20) {
            let hearingDate = master.weekdayOnOrAfter
            let filed = hearingDate.adding(days: -random.int(16...30))
            add(.filing, filed) { $0.hearing = hearingDate; $0.title = "Pre-hearing filing" }
            add(.masterHearing, hearingDate) { $0.time = TimeOfDay(hour: 8, minute: 30); $0.status = .held }
            master = master.adding(days: random.int(150...400))
        }
        let next = today.adding(days: random.int(-10...150)).weekdayOnOrAfter
        let kind: EventKind = random.chance(0.6) ? .masterHearing : .individualHearing
        let time = TimeOfDay(hour: random.chance(0.5) ? 8 : 13, minute: 30)
        let place = "880 Front St, Courtroom \(random.int(1...9))"
        let status: HearingStatus = next < today ? .held : .scheduled
        add(kind, next) { event in
            event.time = time
            event.place = place
            event.status = status
        }
        if kind == .individualHearing { progress = 0.8 }
        if random.chance(0.08) { addDecision() }
        if random.chance(0.06) {
            let moved = today.adding(days: -random.int(0...25))
            add(.addressChange, moved) { $0.place = "New address on file" }
            if random.chance(0.5) { add(.eoir33Filed, moved.adding(days: random.int(1...4))) }
            if random.chance(0.5) { add(.ar11Filed, moved.adding(days: random.int(1...9))) }
        }
        if random.chance(0.05) {
            add(.deadline, today.adding(days: random.int(-5...20))) { $0.title = "Request police records" }
        }
        return History(custody: custody, events: events.chronological, isDetained: !released, progress: progress)
    }

    /// Returns whether the client has been released.
    mutating func buildCustody(port: String) -> Bool {
        let cbpEnd = arrival.adding(days: random.int(1...3))
        custody.append(CustodyPeriod(status: .cbpCustody, from: arrival, to: min(cbpEnd, today), place: port))
        var releaseDate = cbpEnd
        if random.chance(0.7) {
            let facility = random.pick(TimelineBuilder.facilities)
            releaseDate = cbpEnd.adding(days: random.int(14...260))
            let stillHeld = releaseDate > today
            custody.append(CustodyPeriod(status: .iceDetained, from: cbpEnd, to: stillHeld ? nil : releaseDate,
                                         place: facility, authority: "235(b)(1)", bondEligible: false))
            if stillHeld { return false }
        }
        let status = random.pick([CustodyStatus.paroled, .paroled, .bond, .recognizance])
        var period = CustodyPeriod(status: status, from: releaseDate)
        switch status {
        case .paroled:
            period.authority = "INA 212(d)(5)"
            period.paroleExpiry = releaseDate.adding(years: random.int(1...2))
        case .bond:
            period.bondAmount = random.pick([1_500, 5_000, 7_500, 10_000])
            period.obligor = "Family member"
        default:
            period.conditions = "Report as directed (I-220A)"
        }
        if random.chance(0.5) {
            period.atd = random.pick(AlternativeToDetention.allCases)
            period.nextCheckIn = today.adding(days: random.int(0...60))
        }
        custody.append(period)
        return true
    }

    mutating func addDecision() {
        let decided = today.adding(days: -random.int(1...80))
        let outcome = random.pick([Outcome.denied, .denied, .withholding, .inAbsentia])
        add(.ijDecision, decided) { $0.outcome = outcome }
        if outcome != .inAbsentia, random.chance(0.5) {
            add(.biaAppealFiled, decided.adding(days: random.int(5...29)))
        }
    }
}

extension CivilDate {
    /// Courts sit on weekdays: this date, or the Monday after a weekend.
    var weekdayOnOrAfter: CivilDate {
        switch weekday {
        case .saturday: adding(days: 2)
        case .sunday: adding(days: 1)
        case .monday, .tuesday, .wednesday, .thursday, .friday: self
        }
    }
}
