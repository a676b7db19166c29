import CaseDomain
import Testing

@Suite("Custody and days detained")
struct CustodyTests {
    @Test("Closed periods count from ≤ d < to; an open one through today; releases count nothing")
    func daysDetained() {
        let periods = [
            CustodyPeriod(status: .cbpCustody, from: day("2026-01-10"), to: day("2026-01-13")),
            CustodyPeriod(status: .iceDetained, from: day("2026-01-13"), to: day("2026-03-01")),
            CustodyPeriod(status: .paroled, from: day("2026-03-01"), to: day("2026-05-01")),
            CustodyPeriod(status: .iceDetained, from: day("2026-05-01")),
        ]
        #expect(periods[0].daysDetained(asOf: day("2026-12-01")) == 3)
        #expect(periods[1].daysDetained(asOf: day("2026-12-01")) == 47)
        #expect(periods[2].daysDetained(asOf: day("2026-12-01")) == 0)
        #expect(periods[3].daysDetained(asOf: day("2026-05-01")) == 1)
        #expect(periods[3].daysDetained(asOf: day("2026-05-10")) == 10)
        #expect(periods.daysDetained(asOf: day("2026-05-10")) == 60)
        #expect(periods.current?.status == .iceDetained)
        #expect(periods.chronological.first?.status == .cbpCustody)
    }

    @Test("A closed period counts only the days up to today when today falls inside it")
    func closedPeriodBeforeItsEnd() {
        let period = CustodyPeriod(status: .iceDetained, from: day("2026-01-13"), to: day("2026-03-01"))
        #expect(period.daysDetained(asOf: day("2026-01-14")) == 2)
        #expect(period.daysDetained(asOf: day("2026-01-01")) == 0)
    }
}
