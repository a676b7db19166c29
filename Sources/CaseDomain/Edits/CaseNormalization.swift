/// Every string of a case as it is stored: NFC-normalised (`docs/formats.md`, Common rules). What may be
/// stored at all (controls, bidi, lengths) is `CaseValidation`'s, run on the normalised case.
public enum CaseNormalization {
    public static func normalized(_ file: CaseFile) -> CaseFile {
        var file = file
        file.matter = line(file.matter)
        file.client.name = line(file.client.name)
        file.client.latinName = file.client.latinName.map(line)
        file.client.nationality = file.client.nationality.map(line)
        file.client.languages = file.client.languages.map(line)
        for index in file.family.indices {
            file.family[index].name = line(file.family[index].name)
            file.family[index].latinName = file.family[index].latinName.map(line)
            file.family[index].relation = file.family[index].relation.map(line)
        }
        file.court = file.court.map(line)
        file.judge = file.judge.map(line)
        file.paralegal = file.paralegal.map(line)
        file.attorney = file.attorney.map(line)
        file.custody = file.custody.map(normalized)
        file.events = file.events.map { event in
            var event = event
            event.place = event.place.map(line)
            event.title = event.title.map(line)
            event.notes = event.notes.map(line)
            event.recordedBy = event.recordedBy.map(line)
            return event
        }
        file.evidence = file.evidence.map { item in
            var item = item
            item.title = line(item.title)
            item.language = item.language.map(line)
            item.exhibit = item.exhibit.map(line)
            item.unavailableReason = item.unavailableReason.map(line)
            item.notes = item.notes.map(line)
            return item
        }
        return file
    }

    private static func normalized(_ period: CustodyPeriod) -> CustodyPeriod {
        var period = period
        period.place = period.place.map(line)
        period.authority = period.authority.map(line)
        period.obligor = period.obligor.map(line)
        period.conditions = period.conditions.map(line)
        period.notes = period.notes.map(line)
        if var sponsor = period.sponsor {
            sponsor.name = line(sponsor.name)
            sponsor.relation = sponsor.relation.map(line)
            sponsor.phone = sponsor.phone.map(line)
            sponsor.address = sponsor.address.map(line)
            period.sponsor = sponsor
        }
        return period
    }

    private static func line(_ value: String) -> String { TextSafety.normalized(value) }
}
