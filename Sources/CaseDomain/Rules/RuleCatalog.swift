/// Every rule of docs/rules.md as data: what `casedesk rules` lists and every computed date cites.
///
/// Nothing here is legal advice; each note ends by asking for the supervising attorney's confirmation.
public enum RuleCatalog {
    /// Every rule in docs/rules.md's order, then the `deadline` task rule.
    public static let all: [DeadlineRule] = filingRules + decisionRules + addressRules + custodyRules
        + reminderRules + eligibilityRules + [task]

    /// The rule with this identifier.
    public static func rule(_ id: RuleID) -> DeadlineRule {
        // `all` holds one rule per identifier (a test checks it); the task rule is the fallback only
        // to keep this total.
        byID[id] ?? task
    }

    /// The rules by identifier: the engine looks a rule up for every item it builds.
    private static let byID: [RuleID: DeadlineRule] = Dictionary(all.map { ($0.id, $0) }) { first, _ in first }

    /// The sentence every note ends with.
    static let confirm = "Confirm with the supervising attorney before relying on this date."

    static let filingRules: [DeadlineRule] = [
        DeadlineRule(
            id: .oneYearFiling, title: "One-year asylum filing deadline", kind: .deadline, isOptional: false,
            trigger: "the latest arrival", period: "1 year (the anniversary; 29 February → 28 February)",
            counting: .forward, satisfiedBy: "i589-filed",
            citation: "INA 208(a)(2)(B); 8 CFR 1208.4(a)(2)",
            attorneyNote: "Changed or extraordinary circumstances (8 CFR 1208.4(a)(4)-(5)) may excuse a late "
                + "filing within a reasonable period; the case's exception field is shown with the deadline. "
                + "Applies to asylum only, not to withholding or CAT. Filing means receipt. " + confirm),
        DeadlineRule(
            id: .prehearingMaster, title: "Filings due for a master calendar hearing", kind: .deadline,
            isOptional: false,
            trigger: "each scheduled master-hearing dated today or later (non-detained docket)",
            period: "15 days before the hearing", counting: .backward,
            satisfiedBy: "a filing event for that hearing; a court-deadline for it replaces the date",
            citation: "ICPM 3.1(b)(1)",
            attorneyNote: "A target on a weekend or holiday is moved to the previous business day (the "
                + "conservative choice); the Practice Manual's own wording may say the next business day. "
                + "A judge-set date always overrides. On the detained docket the court sets the date. "
                + confirm),
        DeadlineRule(
            id: .prehearingIndividual, title: "Filings due for an individual hearing", kind: .deadline,
            isOptional: false,
            trigger: "each scheduled individual-hearing dated today or later (non-detained docket)",
            period: "setting meritsFilingLeadDays (default 30) days before the hearing", counting: .backward,
            satisfiedBy: "a filing event for that hearing; a court-deadline for it replaces the date",
            citation: "ICPM 3.1(b)(2)",
            attorneyNote: "The manual has said both 15 and 30 days since 2020: confirm the current ICPM "
                + "3.1(b)(2) and set meritsFilingLeadDays. A target on a weekend or holiday is moved to the "
                + "previous business day; the Practice Manual's own wording may say the next business day. "
                + "On the detained docket the court sets the filing date. " + confirm),
    ]

    static let decisionRules: [DeadlineRule] = [
        DeadlineRule(
            id: .biaAppeal, title: "BIA appeal deadline", kind: .deadline, isOptional: false,
            trigger: "ij-decision with outcome denied, withholding, cat or dismissed",
            period: "30 days", counting: .forward, satisfiedBy: "bia-appeal-filed or appeal-waived",
            citation: "8 CFR 1003.38(b)",
            attorneyNote: "The oral decision date controls (Matter of Iskandarani, 2025). The Board must "
                + "receive the appeal; there is no mailbox rule and extensions are very limited. " + confirm),
        DeadlineRule(
            id: .pfr, title: "Petition for review deadline", kind: .deadline, isOptional: false,
            trigger: "bia-decision with outcome dismissed", period: "30 days", counting: .forward,
            satisfiedBy: "pfr-filed or appeal-waived", citation: "8 U.S.C. 1252(b)(1); FRAP 26(a)",
            attorneyNote: "Not extended by a motion to reopen or reconsider. FRAP 26(a) may also skip state "
                + "holidays where the circuit clerk sits (not modelled). The clerk must receive it. " + confirm),
        DeadlineRule(
            id: .motionReconsider, title: "Motion to reconsider deadline", kind: .deadline, isOptional: true,
            trigger: "the latest ij-decision or bia-decision whose outcome is not granted or sustained",
            period: "30 days", counting: .forward, satisfiedBy: "motion-reconsider-filed",
            citation: "8 CFR 1003.23(b)(1), 1003.2(b)(2)",
            attorneyNote: "Optional: shown as lapsed, not missed, once the date passes. One motion only. "
                + confirm),
        DeadlineRule(
            id: .motionReopen, title: "Motion to reopen deadline", kind: .deadline, isOptional: true,
            trigger: "the latest ij-decision or bia-decision whose outcome is not granted or sustained",
            period: "90 days; 180 days after an in-absentia order", counting: .forward,
            satisfiedBy: "motion-reopen-filed",
            citation: "8 CFR 1003.23(b)(1), 1003.2(c)(2); INA 240(b)(5)(C)(i)",
            attorneyNote: "Optional: shown as lapsed, not missed. No time limit for a motion based on changed "
                + "country conditions (INA 240(c)(7)(C)(ii)), for lack of notice of an in-absentia hearing, or "
                + "for a joint motion with DHS. " + confirm),
    ]

    static let addressRules: [DeadlineRule] = [
        DeadlineRule(
            id: .eoir33, title: "EOIR-33 change of address", kind: .deadline, isOptional: false,
            trigger: "address-change", period: "5 days (the earlier of calendar and working days)",
            counting: .forward, satisfiedBy: "eoir33-filed", citation: "8 CFR 1003.15(d)(2)",
            attorneyNote: "The regulation says within five days and the form says five working days; the "
                + "earlier date is shown. One form per person, served on DHS. Missing it risks an "
                + "in-absentia order. " + confirm),
        DeadlineRule(
            id: .ar11, title: "AR-11 change of address", kind: .deadline, isOptional: false,
            trigger: "address-change", period: "10 days", counting: .noRoll, satisfiedBy: "ar11-filed",
            citation: "INA 265(a); 8 CFR 265.1",
            attorneyNote: "Statutory \"within 10 days\": the date does not roll off a weekend or holiday. "
                + "List every pending receipt number. " + confirm),
    ]

    static let custodyRules: [DeadlineRule] = [
        DeadlineRule(
            id: .voluntaryDeparture, title: "Voluntary departure deadline", kind: .deadline, isOptional: false,
            trigger: "vd-granted", period: "the days granted", counting: .forward,
            satisfiedBy: "a removed custody period starting on or before the due date",
            citation: "Monsalvo Velázquez v. Bondi (2025)",
            attorneyNote: "Rolls forward off weekends and holidays (Monsalvo Velázquez v. Bondi, 2025). "
                + "Overstaying brings civil penalties and a 10-year bar; the voluntary departure bond is due "
                + "within 5 business days. " + confirm),
        DeadlineRule(
            id: .paroleExpiry, title: "Parole expires", kind: .reminder, isOptional: false,
            trigger: "a custody period with a paroleExpiry", period: "on the expiry date; listed 30 days ahead",
            counting: .noRoll, satisfiedBy: "a later custody period, or a new paroleExpiry",
            citation: "8 CFR 212.5",
            attorneyNote: "There is no fixed deadline to request re-parole; ask early. " + confirm),
    ]

    static let reminderRules: [DeadlineRule] = [
        DeadlineRule(
            id: .eadRenewal, title: "EAD expires: file the renewal", kind: .reminder, isOptional: false,
            trigger: "ead-granted with an expires date", period: "on the expiry date; the window opens 180 days before",
            counting: .noRoll, satisfiedBy: "a later ead-filed", citation: "8 CFR 274a.13(d)",
            attorneyNote: "The automatic extension ended for renewals filed from 30 October 2025: file early "
                + "in the window to avoid a gap in work authorisation. " + confirm),
        DeadlineRule(
            id: .annualAsylumFee, title: "Annual asylum fee", kind: .reminder, isOptional: false,
            trigger: "each anniversary of the first i589-filed from 2025-07-04, while the case is open",
            period: "on the anniversary", counting: .noRoll,
            satisfiedBy: "a fee-paid event within 30 days before or after",
            citation: "H.R. 1 (2025) §10003; USCIS notice 90 FR 34511",
            attorneyNote: "The payment path in court cases is unclear: verify how and where to pay. No fee "
                + "waiver. " + confirm),
    ]

    static let eligibilityRules: [DeadlineRule] = [
        DeadlineRule(
            id: .eadFile, title: "Eligible to file for an EAD", kind: .eligibility, isOptional: false,
            trigger: "the first i589-filed", period: "150 clock days", counting: .clockDays,
            satisfiedBy: "ead-filed", citation: "8 CFR 208.7(a)(1)-(2)",
            attorneyNote: "Clock days exclude applicant-caused delay (clock-stopped to clock-resumed). Compare "
                + "with the clock EOIR or USCIS reports. Proposed rules may lengthen the wait. " + confirm),
        DeadlineRule(
            id: .eadGrant, title: "Earliest EAD grant", kind: .eligibility, isOptional: false,
            trigger: "the first i589-filed", period: "180 clock days", counting: .clockDays,
            satisfiedBy: "ead-granted", citation: "8 CFR 208.7(a)(1)",
            attorneyNote: "Clock days exclude applicant-caused delay. Proposed rules may lengthen the wait. "
                + confirm),
    ]

    static let task = DeadlineRule(
        id: .task, title: "Deadline", kind: .deadline, isOptional: false,
        trigger: "a deadline event", period: "due on its date", counting: .noRoll,
        satisfiedBy: "nothing: edit or remove the event when done", citation: "set by the firm",
        attorneyNote: "A dated task recorded on the timeline. " + confirm)
}
