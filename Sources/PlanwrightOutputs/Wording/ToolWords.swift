import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

// The words the district plan's Ecosystem section, a school handout's tools line and tools.csv's
// readers see for a tool's facts: what it is for, how it connects, its privacy agreement, the
// decision about it, and how much of it is used.

extension IntegrationState {
    /// "yes", "planned", "no": the matrix's legend and its marks' titles.
    func words(_ w: Wording) -> String {
        switch self {
        case .yes: w(.toolsStateYes)
        case .planned: w(.toolsStatePlanned)
        case .no: w(.toolsStateNo)
        }
    }
}

/// The standards the matrix has a column for, in its order.
enum ToolStandard: CaseIterable {
    case sso, rostering, lti, gradePassback

    func words(_ w: Wording) -> String {
        switch self {
        case .sso: w(.toolsStandardSso)
        case .rostering: w(.toolsStandardRostering)
        case .lti: w(.toolsStandardLti)
        case .gradePassback: w(.toolsStandardGradePassback)
        }
    }

    func state(of tool: PlannedTool) -> IntegrationState {
        switch self {
        case .sso: tool.sso
        case .rostering: tool.rostering
        case .lti: tool.lti
        case .gradePassback: tool.gradePassback
        }
    }
}

enum ToolWords {
    /// How a teacher signs in: "single sign-on", "own login; single sign-on planned", "own login".
    static func signIn(_ tool: PlannedTool, _ w: Wording) -> String {
        switch tool.sso {
        case .yes: w(.toolsSignInSso)
        case .planned: w(.toolsSignInSsoPlanned)
        case .no: w(.toolsSignInOwn)
        }
    }

    /// Where class lists come from: "rostered from the SIS", "rostering planned", "class lists typed by hand".
    static func rostering(_ tool: PlannedTool, _ w: Wording) -> String {
        switch tool.rostering {
        case .yes: w(.toolsRosteringYes)
        case .planned: w(.toolsRosteringPlanned)
        case .no: w(.toolsRosteringNo)
        }
    }

    /// The inventory's sign-in and rostering cell: "single sign-on; class lists typed by hand".
    static func connects(_ tool: PlannedTool, _ w: Wording) -> String {
        Message.Value.semicolonSeparated([.text(signIn(tool, w)), .text(rostering(tool, w))]).map(w.say) ?? ""
    }

    /// "signed, until Jun 30, 2027", "pending", "none", "not written".
    static func privacy(_ tool: PlannedTool, dates: PeopleDates, _ w: Wording) -> String {
        privacy(tool.privacy, expires: tool.privacyExpires, dates: dates, w)
    }

    /// An agreement as two versions of a plan may state it (the diff words both).
    static func privacy(_ privacy: PrivacyStatus?, expires: SchoolDate?, dates: PeopleDates, _ w: Wording) -> String {
        let status: String = switch privacy {
        case .signed: w(.toolsPrivacySigned)
        case .pending: w(.toolsPrivacyPending)
        case .some(.none): w(.toolsPrivacyNone)
        case nil: w(.toolsPrivacyNotWritten)
        }
        guard let expires else { return status }
        return w(.toolsPrivacyUntil, ["status": status, "date": w.day(expires, in: dates)])
    }

    /// "keep", "replace with Canvas", "retire, decided by Apr 16".
    static func decision(_ tool: PlannedTool, names: [String: String], dates: PeopleDates, _ w: Wording) -> String? {
        guard let action = tool.decision else { return nil }
        return decision(action, replacement: tool.replacement.map { names[$0] ?? $0 }, by: tool.decisionBy, dates: dates, w)
    }

    /// A decision as two versions of a plan may state it (the diff words both); `replacement` by name.
    static func decision(_ action: ToolAction, replacement: String?, by: SchoolDate?, dates: PeopleDates, _ w: Wording) -> String {
        let what: String = switch action {
        case .keep: w(.toolsDecisionKeep)
        case .replace: replacement.map { w(.toolsDecisionReplaceWith, ["tool": $0]) } ?? w(.toolsDecisionReplace)
        case .retire: w(.toolsDecisionRetire)
        case .pilot: w(.toolsDecisionPilot)
        }
        guard let by else { return what }
        return w(.toolsDecisionBy, ["decision": what, "date": w.day(by, in: dates)])
    }

    /// "$4,800 a year, renews Mar 1", "renews Mar 1", "$4,800 a year"; nil with neither.
    static func renewal(_ tool: PlannedTool, currency: Currency, dates: PeopleDates, _ w: Wording) -> String? {
        let amount = tool.cost.map { w.money($0, currency: currency) }
        switch (amount, tool.renewal) {
        case let (amount?, date?): return w(.toolsCostRenews, ["amount": amount, "date": w.day(date, in: dates)])
        case let (nil, date?): return w(.toolsRenews, ["date": w.day(date, in: dates)])
        case let (amount?, nil): return w(.toolsCostAYear, ["amount": amount])
        case (nil, nil): return nil
        }
    }

    /// The renewal and the decision, one after the other: "renews Mar 1; keep, decided by Apr 16".
    static func renewalAndDecision(_ tool: PlannedTool, names: [String: String], currency: Currency, dates: PeopleDates, _ w: Wording) -> String {
        let parts = [renewal(tool, currency: currency, dates: dates, w), decision(tool, names: names, dates: dates, w)].compactMap { $0 }
        return Message.Value.semicolonSeparated(parts.map { .text($0) }).map(w.say) ?? ""
    }

    /// A share as a whole percentage, as a page shows it: "48%" (exact hundredths are tools.csv's).
    static func percent(_ share: Share) -> String { share.wholePercent }

    /// The latest count: "240 of 500 licences in use (48%) on Mar 2", "75 active users on Mar 2",
    /// or "not counted yet".
    static func latestUse(_ tool: PlannedTool, dates: PeopleDates, _ w: Wording) -> String {
        guard let latest = tool.activeUsers.last else { return w(.toolsUseNotCounted) }
        let day = w.day(latest.date, in: dates)
        let active = w.number(Int(latest.value.rounded()))
        if let licences = tool.licences, let share = tool.latestUtilization, share.date == latest.date {
            return w.count(.toolsUseOfLicences, licences, ["active": active, "share": percent(share.share), "date": day])
        }
        return w.count(.toolsActiveUsersOn, Int(latest.value.rounded()), ["date": day])
    }

    /// The latest count and where it has gone since the first: "…, up from 31% on Oct 1".
    /// The Markdown says in words what the HTML's sparkline draws.
    static func useWithTrend(_ tool: PlannedTool, dates: PeopleDates, _ w: Wording) -> String {
        let latest = latestUse(tool, dates: dates, w)
        guard let first = tool.utilization.first, let last = tool.utilization.last, first.date < last.date else { return latest }
        let values = ["latest": latest, "share": percent(first.share), "date": w.day(first.date, in: dates)]
        let shown = (percent(first.share), percent(last.share))
        if shown.0 == shown.1 { return w(.toolsUseSame, values) }
        return w(first.share < last.share ? .toolsUseUp : .toolsUseDown, values)
    }

    /// Whether the latest share is below the plan's threshold.
    static func isLow(_ tool: PlannedTool, threshold: Share) -> Bool {
        tool.latestUtilization.map { $0.share < threshold } ?? false
    }

    /// What a go/no-go gate must see before it says go, where the rollout after it brings in a
    /// tool that is not ready: "Go only when Canvas signs in with single sign-on … and Canvas's
    /// data privacy agreement is signed." Nil for any other milestone.
    static func mustBeTrue(_ gate: ScheduledMilestone, phrases: EcosystemPhrases?, _ w: Wording) -> String? {
        guard !gate.mustBeTrue.isEmpty, let phrases else { return nil }
        return w(.toolsGateGoOnlyWhen, ["conditions": w.say(.list(gate.mustBeTrue.map { .message(phrases.condition($0)) }))])
    }
}
