import CaseDomain
import Testing

@Suite("Rule catalogue")
struct RuleCatalogTests {
    @Test("Every rule identifier has exactly one rule, in docs/rules.md's order")
    func oneRulePerIdentifier() {
        #expect(RuleCatalog.all.map(\.id) == RuleID.allCases)
        for id in RuleID.allCases {
            #expect(RuleCatalog.rule(id).id == id)
        }
    }

    @Test("Every note asks for the supervising attorney's confirmation; every rule cites a source")
    func notesAndCitations() {
        for rule in RuleCatalog.all {
            #expect(rule.attorneyNote.contains("supervising attorney"), "\(rule.id.rawValue)")
            #expect(!rule.citation.isEmpty && !rule.title.isEmpty && !rule.period.isEmpty)
        }
    }

    @Test("The notes carry docs/rules.md's flags")
    func flags() {
        #expect(RuleCatalog.rule(.prehearingMaster).attorneyNote.contains("Practice Manual"))
        #expect(RuleCatalog.rule(.prehearingIndividual).attorneyNote.contains("court sets the filing date"))
        #expect(RuleCatalog.rule(.oneYearFiling).attorneyNote.contains("extraordinary circumstances"))
        #expect(RuleCatalog.rule(.motionReopen).attorneyNote.contains("changed country conditions"))
        #expect(RuleCatalog.rule(.eadRenewal).attorneyNote.contains("30 October 2025"))
        #expect(RuleCatalog.rule(.annualAsylumFee).attorneyNote.contains("payment path"))
        #expect(RuleCatalog.rule(.ar11).counting == .noRoll)
        #expect(RuleCatalog.rule(.eadFile).kind == .eligibility)
        #expect(RuleCatalog.all.filter(\.isOptional).map(\.id) == [.motionReconsider, .motionReopen])
        #expect(RuleCatalog.all.filter { $0.kind == .reminder }.map(\.id) == [.paroleExpiry, .eadRenewal, .annualAsylumFee])
    }

    @Test("Decision outcomes start the rules docs/rules.md names")
    func outcomes() {
        #expect(Outcome.allCases.filter(RuleID.biaAppeal.isTriggered(by:)) == [.denied, .withholding, .cat, .dismissed])
        #expect(Outcome.allCases.filter(RuleID.pfr.isTriggered(by:)) == [.dismissed])
        #expect(Outcome.allCases.filter(RuleID.motionReopen.isTriggered(by:))
            == [.denied, .withholding, .cat, .dismissed, .inAbsentia, .remanded, .terminated])
        #expect(!RuleID.ar11.isTriggered(by: .denied))
    }
}
