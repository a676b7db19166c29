import CaseDomain
import CaseFormats

/// `import --update` with CSV: a row changes only the columns its file has, as the edits a paralegal would
/// make, applied by `CaseEditor` with the rules of every edit (the custody transition among them).
enum CSVMerge {
    /// The edits of a row onto the stored case. The row's columns replace the case's own fields (an empty
    /// cell clears the field); `arrival` records an arrival event unless one with that date exists (nothing
    /// on the timeline is removed); `custody` with `custodyFrom` changes custody from that date, or, when it
    /// names the open period itself, corrects its facility.
    static func edits(_ row: CSVCaseRow, onto stored: CaseFile) -> [CaseEdit] {
        var details = CaseDetails(of: stored)
        let new = row.file
        for column in row.columns {
            switch column {
            case .matter: break
            case .name: details.client.name = new.client.name
            case .latinName: details.client.latinName = new.client.latinName
            case .aNumber: details.client.aNumber = new.client.aNumber
            case .birthDate: details.client.birthDate = new.client.birthDate
            case .nationality: details.client.nationality = new.client.nationality
            case .languages: details.client.languages = new.client.languages
            case .grounds: details.grounds = new.grounds
            case .track: details.track = new.track
            case .court: details.court = new.court
            case .docket: details.docket = new.docket
            case .judge: details.judge = new.judge
            case .paralegal: details.paralegal = new.paralegal
            case .attorney: details.attorney = new.attorney
            case .arrival, .custody, .facility, .custodyFrom: break
            }
        }
        var edits: [CaseEdit] = [.updateDetails(details)]
        if row.columns.contains(.arrival), let arrival = new.events.first(where: { $0.kind == .arrival }),
           !stored.events.contains(where: { $0.kind == .arrival && $0.date == arrival.date }) {
            edits.append(.recordEvent(arrival))
        }
        if row.columns.contains(.custody), let period = new.custody.first {
            if let open = stored.custody.last(where: { $0.to == nil }), let openID = open.id,
               open.status == period.status, open.from == period.from {
                if row.columns.contains(.facility) {
                    var corrected = open
                    corrected.place = period.place
                    edits.append(.correctCustody(openID, corrected))
                }
            } else {
                edits.append(.changeCustody(period))
            }
        }
        return edits
    }
}
