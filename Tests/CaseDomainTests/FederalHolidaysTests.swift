import CaseDomain
import Foundation
import Testing

@Suite("Federal holidays (5 U.S.C. 6103)")
struct FederalHolidaysTests {
    /// The independent table written by `Fixtures/make-federal-holidays.py` from the `holidays` package.
    static func fixture() throws -> [CivilDate: String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/federal-holidays-1990-2060.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var table: [CivilDate: String] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            let date = try #require(fields.count == 2 ? CivilDate(iso: fields[0]) : nil, "bad line: \(line)")
            table[date] = String(fields[1])
        }
        return table
    }

    @Test("Every day from 1990 to 2060 agrees with the independent table")
    func everyDayAgreesWithTheFixture() throws {
        let table = try Self.fixture()
        #expect(table.count == 751)
        for date in dates(from: "1990-01-01", through: "2060-12-31") {
            #expect(FederalHolidays.name(on: date) == table[date], "\(date.iso)")
        }
    }

    @Test("The holidays observed in each year 1990 to 2060 are the table's, in date order")
    func everyYearAgreesWithTheFixture() throws {
        let table = try Self.fixture()
        for year in 1990...2060 {
            let expected = table.filter { $0.key.year == year }.sorted { $0.key < $1.key }
            let observed = FederalHolidays.observed(in: year)
            #expect(observed.map(\.date) == expected.map(\.key), "\(year)")
            #expect(observed.map(\.name) == expected.map(\.value), "\(year)")
        }
    }

    @Test("1 January on a Saturday is observed on 31 December of the year before")
    func newYearOnSaturday() {
        #expect(FederalHolidays.name(on: day("2021-12-31")) == "New Year's Day (observed)")
        #expect(FederalHolidays.name(on: day("2022-01-01")) == nil)
        let holiday = FederalHolidays.observed(in: 2021).last
        #expect(holiday?.actual == day("2022-01-01"))
        #expect(holiday?.isObserved == true)
        #expect(!FederalHolidays.observed(in: 2022).contains { $0.name.hasPrefix("New Year") })
    }

    @Test("A Sunday holiday is observed on the Monday after")
    func sundayHoliday() {
        #expect(FederalHolidays.name(on: day("2021-07-05")) == "Independence Day (observed)")
        #expect(FederalHolidays.name(on: day("2022-12-26")) == "Christmas Day (observed)")
        #expect(FederalHolidays.name(on: day("2025-12-25")) == "Christmas Day")
    }

    @Test("Juneteenth from 2021, first observed on Friday 18 June 2021")
    func juneteenth() {
        #expect(FederalHolidays.name(on: day("2020-06-19")) == nil)
        #expect(FederalHolidays.name(on: day("2021-06-18")) == "Juneteenth National Independence Day (observed)")
        #expect(FederalHolidays.name(on: day("2026-06-19")) == "Juneteenth National Independence Day")
    }

    @Test("Martin Luther King Jr.'s birthday from 1986; no Inauguration Day")
    func kingAndInauguration() {
        #expect(FederalHolidays.name(on: day("1985-01-21")) == nil)
        #expect(FederalHolidays.name(on: day("1986-01-20")) == "Birthday of Martin Luther King, Jr.")
        #expect(FederalHolidays.name(on: day("2017-01-20")) == nil)
        #expect(FederalHolidays.name(on: day("2009-01-20")) == nil)
        #expect(FederalHolidays.observed(in: 2026).count == 11)
    }
}
