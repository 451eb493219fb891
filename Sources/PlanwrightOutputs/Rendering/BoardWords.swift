import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The board page's English, in one place, phrase by phrase: each function is one sentence a
/// board member reads, made from the planned result's facts, so the set moves into the strings
/// files (`board_*` keys) as it stands. Plain words: no pitfall names, no indicator ids, no
/// staff names but the owner of a decision.
enum BoardWords {
    /// "Emerging now, aiming for Established; rated lower at Eastside Middle School, which needs
    /// extra support; the team's ratings differ, so it is discussed first. Goal: “…”."
    static func priorityReason(_ p: Priority, goal: String?) -> String {
        var text = "\(p.current) now, aiming for \(p.target)"
        if !p.equitySchools.isEmpty {
            let n = p.equitySchools.count
            let schools = n <= 2 ? p.equitySchools.joinedAsList() : Plural.count(n, "school")
            text += "; rated lower at \(schools), which \(Plural.verb(n, "needs", "need")) extra support"
        }
        if p.discussFirst { text += "; the team's ratings differ, so it is discussed first" }
        return text + "." + (goal.map { " Goal: “\($0)”." } ?? "")
    }

    static func morePriorities(_ n: Int) -> String { "And \(n) more this year, in the district plan." }

    /// "3 of 35 milestones done, 31 on track, 1 late, 0 at risk."
    static func progressCounts(_ report: ProgressReport) -> String {
        let all = report.milestones.count
        return "\(report.count(.done)) of \(Plural.count(all, "milestone")) done, \(report.count(.onTrack)) on track, "
            + "\(report.count(.late)) late, \(report.count(.atRisk)) at risk."
    }

    /// Why a piece of work needs attention, from how far it slipped and where it now ends.
    static func attentionReason(_ m: MilestoneProgress, lastDay: SchoolDate, dates: PeopleDates) -> String {
        var parts: [String] = []
        switch m.state {
        case .late:
            parts.append(m.slip > 0 ? "\(Plural.count(m.slip, "school day")) behind; now expected to end \(dates.day(m.end))"
                : "was to end \(dates.day(m.plannedEnd)) and is not done")
        case .atRisk: parts.append("may miss its deadline; now expected to end \(dates.day(m.end))")
        case .done, .onTrack: parts.append("now expected to end \(dates.day(m.end))")
        }
        if m.spill != nil, m.end > lastDay { parts.append("after the last day of school") }
        return parts.joined(separator: ", ") + "."
    }

    static func attentionLabel(_ m: MilestoneProgress) -> String {
        m.state == .late || m.state == .atRisk ? m.state.label : "past the school year"
    }

    static func moreAttention(_ n: Int) -> String { "And \(n) more in the district plan." }

    static func lateSessions(_ n: Int) -> String {
        "\(Plural.count(n, "training session")) \(Plural.verb(n, "was", "were")) not held when planned."
    }

    /// "39 percent on Fri, Oct 2; target 80 percent by Fri, May 28."
    static func measureReading(_ m: MeasureProgress, dates: PeopleDates) -> String {
        func amount(_ v: Double) -> String {
            m.unit.map { "\(MeasureTrend.number(v)) \(Plural.unit($0, for: v))" } ?? MeasureTrend.number(v)
        }
        let target = "target \(amount(m.target)) by \(dates.day(m.by))"
        guard let latest = m.values.last else { return "No values measured yet; \(target)." }
        return "\(amount(latest.value)) on \(dates.day(latest.date)); \(target)."
    }

    static func moreMeasures(_ n: Int) -> String { "And \(n) more \(Plural.noun(n, "measure")) in the district plan." }

    // MARK: Budget

    /// "$552,275 over FY2027–FY2031; $57,604.50 of it has no funding yet." — the first line.
    static func budgetTotal(_ budget: PlannedBudget, span: String) -> String {
        let unfunded = budget.paid(by: nil)
        return "\(budget.words(budget.total())) \(span); " + (unfunded.isZero ? "every cost has funding." : "\(budget.words(unfunded)) of it has no funding yet.")
    }

    static let budgetTotalLabel = "In all"
    static let byYearLabel = "By year"
    static let bySourceLabel = "By source"
    static let cliffLabel = "Funding ends"

    /// "FY2027 $182,087" — one year's or one source's part of a line.
    static func part(_ name: String, _ amount: Money, in budget: PlannedBudget) -> String { "\(name) \(budget.words(amount))" }

    static let noFunding = "no funding yet"

    static func moreSources(_ n: Int) -> String { "\(Plural.count(n, "other source"))" }

    /// "No funding from FY2029 for Canvas licences ($19,201.50 a year): State digital-learning grant stops paying."
    static func cliff(_ c: PlannedBudget.FundingCliff, in budget: PlannedBudget) -> String {
        let source = budget.source(c.source)?.name ?? c.source
        return "No funding from \(c.year) for \(budget.costs[c.cost].item) (\(budget.words(c.amount)) a year): \(source) stops paying."
    }

    static func moreCliffs(_ n: Int) -> String { "And \(Plural.count(n, "other cost")) whose funding ends; see the district plan's warnings." }

    // MARK: Decisions

    /// "“Go/no-go: grade sync and pilot results” decides whether “All classrooms post …” goes ahead (planned from Tue, Jan 12)."
    static func gate(title: String, rollout: (title: String, start: String)?) -> String {
        guard let rollout else { return "Go/no-go decision: “\(title)”." }
        return "“\(title)” decides whether “\(rollout.title)” goes ahead (planned from \(rollout.start))."
    }

    /// A decision's date that passed with nothing decided: "Needed since Wed, Jul 1, 2026".
    static func neededSince(_ day: String) -> String { "Needed since \(day)" }

    /// "Dana Ortiz, Director of Digital Learning": whom a board member would call about it.
    static func ownerWithRole(_ name: String, role: String) -> String { "\(name), \(role)" }

    static func decidedBy(_ owner: String) -> String { "decided by \(owner)" }

    static func cliffDecision(_ c: PlannedBudget.FundingCliff, in budget: PlannedBudget) -> String {
        let source = budget.source(c.source)?.name ?? c.source
        return "Before \(c.year) starts: find \(budget.words(c.amount)) a year for \(budget.costs[c.cost].item) when \(source) stops paying, or plan to stop."
    }

    static func overCommittedDecision(_ o: PlannedBudget.OverCommitment, in budget: PlannedBudget) -> String {
        let source = budget.source(o.source)?.name ?? o.source
        let when = o.year.map { " in \($0)" } ?? ""
        return "\(source) is charged \(budget.words(o.charged))\(when) but has \(budget.words(o.available)): find \(budget.words(o.over)) more, move costs, or plan less."
    }

    static func unfundedYearDecision(_ year: FiscalYear, amount: Money, in budget: PlannedBudget) -> String {
        "\(year) has \(budget.words(amount)) of costs and no funding source with money that year."
    }

    static func unfundedCostDecision(_ cost: PlannedCost, in budget: PlannedBudget) -> String {
        "\(cost.item) (\(budget.words(cost.total))) has no funding source named."
    }

    static func moreDecisions(_ n: Int) -> String { "And \(n) more \(Plural.noun(n, "decision")): the district plan lists the go/no-go dates, and its warnings the money." }

    static let noDecisions = "No decision is waiting for the board in this plan."
}
