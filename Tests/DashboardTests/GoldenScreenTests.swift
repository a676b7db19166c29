import DashboardTestSupport
import ScreenKit
import Testing
@testable import Dashboard

/// Golden screens of the sample cases: the text inline, the roles of the cells in `Goldens/NAME.roles.txt`.
/// To add one for another state, render it with `ScreenText.render(state, size:)`, compare with a
/// multi-line string, and record its roles with `CASEDESK_RECORD_GOLDENS=1` (then read them).
@Suite struct GoldenScreenTests {
    static let goldens: [(String, String, Int, Int, Bool, [Key], String)] = [
        ("Samples at 80×24: list beside a tabbed timeline", "sample-80x24", 80, 24, false, [],
         """
          casedesk · sample · mreyes · Mon 30 Nov 2026                                RW
         ┌ Cases 5 by next ───────────┐ 2026-0142 · Дмитрий Иванов (Dmitrii Ivanov) · A …
         │▶2026-0142  Ивано… ✗MCH -12d│┌ [2 Timeline]  3 Custody   4 Evidence  ─────────┐
         │ 2026-0150  Nú… ✗EOIR-33 -5d││2022-03-10   Arrival · Presented at port        │
         │ 2026-0139 ●Петр… ⚑1-year 4d││2022-04-02   Credible fear interview: positive  │
         │ 2025-0077  李明            ││2022-04-20   NTA served                         │
         │ 2026-0131  Орлов А.        ││2023-02-20   I-589 filed                        │
         │                            ││2023-03-10 ✓ One-year filing deadline        met│
         │                            ││2026-11-18 ✗ Filings due for the ma… overdue 12d│
         │                            ││2026-12-03 ◆ Master calendar hearin… 08:30 in 3d│
         │                            ││2027-01-15 ⚑ Filings due for the individ… in 46d│
         │                            ││2027-02-16 ◆ Individual hearing     13:00 in 78d│
         │                            ││                                                │
         │                            ││                                                │
         │                            ││                                                │
         │                            ││                                                │
         │                            ││                                                │
         │                            ││                                                │
         │                            ││                                                │
         │                            ││                                                │
         │                            ││                                                │
         │                            ││                                                │
         └────────────────────────────┘└────────────────────────────────────────────────┘
          Tab pane  Enter open  / filter  : command  r review  Esc back  ? help  q quit
         """),
        ("Samples at 120×40: three columns", "sample-120x40", 120, 40, false, [],
         """
          casedesk · sample · mreyes · Mon 30 Nov 2026                                                                        RW
         ┌ Cases 5 by next ─────────────────┐ 2026-0142 · Дмитрий Иванов (Dmitrii Ivanov) · A 234 567 890 · RU · political opini…
         │▶2026-0142  Иванов Д.    ✗MCH -12d│┌ Timeline ────────────────────────────────┐┌ Custody ─────────────────────────────┐
         │ 2026-0150  Núñez\\e[… ✗EOIR-33 -5d││2022-03-10   Arrival · Presented at port  ││○ Paroled since 2022-07-12            │
         │ 2026-0139 ●Петренко О. ⚑1-year 4d││2022-04-02   Credible fear interview: pos…││  124 days detained                   │
         │ 2025-0077  李明                  ││2022-04-20   NTA served                   ││  Authority: INA 212(d)(5)            │
         │ 2026-0131  Орлов А.              ││2023-02-20   I-589 filed                  ││  Parole expires 2027-07-11    in 223d│
         │                                  ││2023-03-10 ✓ One-year filing deadline  met││  ATD: smartlink                      │
         │                                  ││2026-11-18 ✗ Filings due for … overdue 12d││  Next ICE check-in: Tue 15 Dec in 15d│
         │                                  ││2026-12-03 ◆ Master calendar … 08:30 in 3d││  Sponsor: Анна Соколова (sister)     │
         │                                  ││2027-01-15 ⚑ Filings due for the i… in 46d││  Conditions: Report to ICE San Diego │
         │                                  ││2027-02-16 ◆ Individual hear… 13:00 in 78d││History                               │
         │                                  ││                                          ││  2022-03-10 → 2022-03-11  CBP custod…│
         │                                  ││                                          ││  2022-03-11 → 2022-07-12  ICE detain…│
         │                                  ││                                          ││  2022-07-12 → now         Paroled    │
         │                                  ││                                          │└──────────────────────────────────────┘
         │                                  ││                                          │┌ Evidence 2/6 ▰▰▰▰▱▱▱▱▱▱▱▱ ───────────┐
         │                                  ││                                          ││Due 2027-01-15 for the hearing… in 46d│
         │                                  ││                                          ││Forms                                 │
         │                                  ││                                          ││ ✓ I-589 with fee receipt        filed│
         │                                  ││                                          ││Identity                              │
         │                                  ││                                          ││ ◐ Internal passport        translated│
         │                                  ││                                          ││Persecution                           │
         │                                  ││                                          ││ ◐ Court rulin… needs transl. received│
         │                                  ││                                          ││ … Police detention record   requested│
         │                                  ││                                          ││Medical                               │
         │                                  ││                                          ││ ∅ Medical records of inj… unavailable│
         │                                  ││                                          ││Witness                               │
         │                                  ││                                          ││ ✗ Affidavit of Anna Sokolova   needed│
         │                                  ││                                          ││                                      │
         │                                  ││                                          ││                                      │
         │                                  ││                                          ││                                      │
         │                                  ││                                          ││                                      │
         │                                  ││                                          ││                                      │
         │                                  ││                                          ││                                      │
         │                                  ││                                          ││                                      │
         │                                  ││                                          ││                                      │
         │                                  ││                                          ││                                      │
         └──────────────────────────────────┘└──────────────────────────────────────────┘└──────────────────────────────────────┘
          Tab pane  Enter open  / filter  : command  r review  Esc back  ? help  q quit  a add  e edit  d delete  Space advance
         """),
        ("Samples at 200×60 with the timeline focused", "sample-timeline-200x60", 200, 60, false, [.tab],
         """
          casedesk · sample · mreyes · Mon 30 Nov 2026                                                                                                                                                        RW
         ┌ Cases 5 by next ─────────────────────────────────────────┐ 2026-0142 · Дмитрий Иванов (Dmitrii Ivanov) · A 234 567 890 · RU · political opinion · non-detained
         │▶2026-0142  Иванов Д.                            ✗MCH -12d│┌ Timeline ────────────────────────────────────────────────────────────────────┐┌ Custody ─────────────────────────────────────────────────┐
         │ 2026-0150  Núñez\\e[31m J.                    ✗EOIR-33 -5d││2022-03-10   Arrival · Presented at port                                      ││○ Paroled since 2022-07-12                                │
         │ 2026-0139 ●Петренко О.                         ⚑1-year 4d││2022-04-02   Credible fear interview: positive                                ││  124 days detained                                       │
         │ 2025-0077  李明                                          ││2022-04-20   NTA served                                                       ││  Authority: INA 212(d)(5)                                │
         │ 2026-0131  Орлов А.                                      ││2023-02-20   I-589 filed                                                      ││  Parole expires 2027-07-11                        in 223d│
         │                                                          ││2023-03-10 ✓ One-year filing deadline                                      met││  ATD: smartlink                                          │
         │                                                          ││2026-11-18 ✗ Filings due for the master calendar hearing of 2026-… overdue 12d││  Next ICE check-in: Tue 15 Dec                     in 15d│
         │                                                          ││2026-12-03 ◆ Master calendar hearing · Master calendar             08:30 in 3d││  Sponsor: Анна Соколова (sister)                         │
         │                                                          ││2027-01-15 ⚑ Filings due for the individual hearing of 2027-02-16       in 46d││  Conditions: Report to ICE San Diego                     │
         │                                                          ││2027-02-16 ◆ Individual hearing                                   13:00 in 78d││History                                                   │
         │                                                          ││                                                                              ││  2022-03-10 → 2022-03-11  CBP custody · San Ysidro POE   │
         │                                                          ││                                                                              ││  2022-03-11 → 2022-07-12  ICE detained · Otay Mesa Deten…│
         │                                                          ││                                                                              ││  2022-07-12 → now         Paroled                        │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              │└──────────────────────────────────────────────────────────┘
         │                                                          ││                                                                              │┌ Evidence 2/6 ▰▰▰▰▱▱▱▱▱▱▱▱ ───────────────────────────────┐
         │                                                          ││                                                                              ││Due 2027-01-15 for the hearing of 2027-02-16        in 46d│
         │                                                          ││                                                                              ││Forms                                                     │
         │                                                          ││                                                                              ││ ✓ I-589 with fee receipt                            filed│
         │                                                          ││                                                                              ││Identity                                                  │
         │                                                          ││                                                                              ││ ◐ Internal passport                            translated│
         │                                                          ││                                                                              ││Persecution                                               │
         │                                                          ││                                                                              ││ ◐ Court ruling, CoAP Art. 20.2     needs transl. received│
         │                                                          ││                                                                              ││ … Police detention record                       requested│
         │                                                          ││                                                                              ││Medical                                                   │
         │                                                          ││                                                                              ││ ∅ Medical records of injuries (clinic closed) unavailable│
         │                                                          ││                                                                              ││Witness                                                   │
         │                                                          ││                                                                              ││ ✗ Affidavit of Anna Sokolova                       needed│
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         │                                                          ││                                                                              ││                                                          │
         └──────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────┘
          Tab pane  Enter open  / filter  : command  r review  Esc back  ? help  q quit  a add  e edit  d delete  Space advance
         """),
        ("Below 80×24 the screen says what it needs", "sample-too-small-79x24", 79, 24, false, [],
         """










                                      casedesk needs 80×24,
                                           has 79×24.
                             Enlarge the window, or press q to quit.











         """),
        ("ASCII at 80×24 on the evidence tab: Latin names, ASCII borders", "sample-ascii-evidence-80x24", 80, 24, true, [.character("4")],
         """
          casedesk - sample - mreyes - Mon 30 Nov 2026                                RW
         + Cases 5 by next -----------+ 2026-0142 - Dmitrii Ivanov - A 234 567 890 - RU ~
         |>2026-0142  Ivano~ XMCH -12d|+  2 Timeline   3 Custody  [4 Evidence] 2/6 ###~-+
         | 2026-0150  Nu~ XEOIR-33 -5d||Due 2027-01-15 for the hearing of 2027-0~ in 46d|
         | 2026-0139 *Petr~ !1-year 4d||Forms                                           |
         | 2025-0077  Ming L.         || + I-589 with fee receipt                  filed|
         | 2026-0131  Orlov A.        ||Identity                                        |
         |                            || ~ Internal passport                  translated|
         |                            ||Persecution                                     |
         |                            || ~ Court ruling, CoAP Ar~ needs transl. received|
         |                            || ? Police detention record             requested|
         |                            ||Medical                                         |
         |                            || 0 Medical records of injuries (cli~ unavailable|
         |                            ||Witness                                         |
         |                            || x Affidavit of Anna Sokolova             needed|
         |                            ||                                                |
         |                            ||                                                |
         |                            ||                                                |
         |                            ||                                                |
         |                            ||                                                |
         |                            ||                                                |
         |                            ||                                                |
         +----------------------------++------------------------------------------------+
          Tab pane  Enter open  / filter  : command  r review  Esc back  ? help  q quit
         """),
    ]

    @Test("Golden screens", arguments: 0..<goldens.count)
    func golden(index: Int) {
        let (_, _, w, h, ascii, keys, expected) = Self.goldens[index]
        let (state, _) = sampleState(size: Size(columns: w, rows: h), ascii: ascii, keys: keys)
        let actual = ScreenText.render(state, size: Size(columns: w, rows: h))
        #expect(actual == expected, "\(Self.goldens[index].0)\n\(actual)")
    }

    /// The roles of each golden screen's cells (selection, overdue, warnings…), in `Goldens/NAME.roles.txt`.
    @Test("Golden roles of the sample screens", arguments: 0..<goldens.count)
    func goldenRoles(index: Int) throws {
        let (title, file, w, h, ascii, keys, _) = Self.goldens[index]
        let (state, _) = sampleState(size: Size(columns: w, rows: h), ascii: ascii, keys: keys)
        let actual = ScreenText.roles(state, size: Size(columns: w, rows: h))
        let expected = try GoldenFiles.expected(file + ".roles.txt", actual: actual)
        #expect(actual == expected, "\(title): the roles differ at \(GoldenFiles.firstDifference(actual, expected))\n\(actual)")
    }
}
