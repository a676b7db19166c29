import CaseDomain

struct CustodyDocument: Codable {
    var status: CustodyStatus
    var from: CivilDate
    var to: CivilDate?
    var place: String?
    var authority: String?
    var bondEligible: Bool?
    var bondAmount: Int?
    var obligor: String?
    var paroleExpiry: CivilDate?
    var conditions: String?
    var atd: AlternativeToDetention?
    var nextCheckIn: CivilDate?
    var sponsor: SponsorDocument?
    var notes: String?

    init(_ period: CustodyPeriod) {
        status = period.status
        from = period.from
        to = period.to
        place = period.place
        authority = period.authority
        bondEligible = period.bondEligible
        bondAmount = period.bondAmount
        obligor = period.obligor
        paroleExpiry = period.paroleExpiry
        conditions = period.conditions
        atd = period.atd
        nextCheckIn = period.nextCheckIn
        sponsor = period.sponsor.map {
            SponsorDocument(name: $0.name, relation: $0.relation, phone: $0.phone, address: $0.address)
        }
        notes = period.notes
    }

    func period() -> CustodyPeriod {
        CustodyPeriod(status: status, from: from, to: to, place: place, authority: authority,
                      bondEligible: bondEligible, bondAmount: bondAmount, obligor: obligor,
                      paroleExpiry: paroleExpiry, conditions: conditions, atd: atd, nextCheckIn: nextCheckIn,
                      sponsor: sponsor.map {
                          Sponsor(name: $0.name, relation: $0.relation, phone: $0.phone, address: $0.address)
                      },
                      notes: notes)
    }
}

struct EventDocument: Codable {
    var kind: EventKind
    var date: CivilDate
    var time: TimeOfDay?
    var place: String?
    var title: String?
    var notes: String?
    var outcome: Outcome?
    var days: Int?
    var hearing: CivilDate?
    var status: HearingStatus?
    var expires: CivilDate?
    var recordedBy: String?
    var sequence: Int

    init(_ event: TimelineEvent) {
        kind = event.kind
        date = event.date
        time = event.time
        place = event.place
        title = event.title
        notes = event.notes
        outcome = event.outcome
        days = event.days
        hearing = event.hearing
        status = event.status
        expires = event.expires
        recordedBy = event.recordedBy
        sequence = event.sequence
    }

    func event() -> TimelineEvent {
        TimelineEvent(kind: kind, date: date, time: time, place: place, title: title, notes: notes,
                      outcome: outcome, days: days, hearing: hearing, status: status, expires: expires,
                      recordedBy: recordedBy, sequence: sequence)
    }
}

struct EvidenceDocument: Codable {
    var category: EvidenceCategory
    var title: String
    var status: EvidenceStatus
    var language: String?
    var needsTranslation: Bool
    var translationCertified: Bool
    var exhibit: String?
    var unavailableReason: String?
    var notes: String?

    init(_ item: EvidenceItem) {
        category = item.category
        title = item.title
        status = item.status
        language = item.language
        needsTranslation = item.needsTranslation
        translationCertified = item.translationCertified
        exhibit = item.exhibit
        unavailableReason = item.unavailableReason
        notes = item.notes
    }

    func item() -> EvidenceItem {
        EvidenceItem(category: category, title: title, status: status, language: language,
                     needsTranslation: needsTranslation, translationCertified: translationCertified,
                     exhibit: exhibit, unavailableReason: unavailableReason, notes: notes)
    }
}
