import CaseDomain
import CaseFormats

/// `import --update` with CSV: a row changes only the columns its file has, on top of the stored case.
enum CSVMerge {
    /// The stored case with the row's columns applied. `arrival` adds an arrival event unless one with
    /// that date exists (nothing on the timeline is removed); `custody` with `custodyFrom` ends the open
    /// period on that date and starts the new one, or, when it names the open period itself, updates its
    /// facility. Empty cells clear the field (a present column is the new value).
    static func merge(_ row: CSVCaseRow, into stored: CaseFile) -> CaseFile {
        var file = stored
        let new = row.file
        for column in row.columns {
            switch column {
            case .matter: break
            case .name: file.client.name = new.client.name
            case .latinName: file.client.latinName = new.client.latinName
            case .aNumber: file.client.aNumber = new.client.aNumber
            case .birthDate: file.client.birthDate = new.client.birthDate
            case .nationality: file.client.nationality = new.client.nationality
            case .languages: file.client.languages = new.client.languages
            case .grounds: file.grounds = new.grounds
            case .track: file.track = new.track
            case .court: file.court = new.court
            case .docket: file.docket = new.docket
            case .judge: file.judge = new.judge
            case .paralegal: file.paralegal = new.paralegal
            case .attorney: file.attorney = new.attorney
            case .arrival, .custody, .facility, .custodyFrom: break
            }
        }
        if row.columns.contains(.arrival), var arrival = new.events.first(where: { $0.kind == .arrival }),
           !file.events.contains(where: { $0.kind == .arrival && $0.date == arrival.date }) {
            arrival.sequence = (file.events.map(\.sequence).max() ?? 0) + 1
            file.events.append(arrival)
        }
        if row.columns.contains(.custody), let period = new.custody.first {
            if let open = file.custody.lastIndex(where: { $0.to == nil }) {
                if file.custody[open].status == period.status, file.custody[open].from == period.from {
                    if row.columns.contains(.facility) { file.custody[open].place = period.place }
                } else {
                    file.custody[open].to = period.from
                    file.custody.append(period)
                }
            } else {
                file.custody.append(period)
            }
        }
        return file
    }
}
