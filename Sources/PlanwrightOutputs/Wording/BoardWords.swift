import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The board page's sentences, made from the planned result's facts with the `board_*` texts of
/// the strings files (`Templates/strings/<language>.po`): plain words, no pitfall names or
/// indicator ids, no staff names but the owner of a decision. Counts agree by the language's
/// plural rule; amounts are the budget's own words, never added up here.
struct BoardWords {
    let w: Wording
    let dates: PeopleDates

    /// "Emerging now, aiming for Established; rated lower at Eastside Middle School, which needs
    /// extra support; the team's ratings differ, so it is discussed first. Goal: “…”."
    func priorityReason(_ p: Priority, goal: String?) -> String {
        var text = w(.boardPriorityStanding, ["current": p.current, "target": p.target])
        if !p.equitySchools.isEmpty {
            let n = p.equitySchools.count
            let schools = n <= 2 ? w.list(p.equitySchools) : w.count(.boardSchools, n)
            text += w.count(.boardPriorityRatedLower, n, ["schools": schools])
        }
        if p.discussFirst { text += w(.boardPriorityDiscuss) }
        text += perceptionGaps(p.perceptionGaps ?? [])
        return text + (goal.map { w(.boardPriorityGoal, ["goal": $0]) } ?? w(.boardPriorityEnd))
    }

    func morePriorities(_ n: Int) -> String { w.count(.boardMorePriorities, n) }

    /// "3 of 35 milestones done, 31 on track, 1 late, 0 at risk."
    func progressCounts(_ report: ProgressReport) -> String {
        w.count(.boardProgressCounts, report.milestones.count,
                MilestoneProgress.State.counts(report.count, w).merging(["done": w.number(report.count(.done))]) { $1 })
    }

    /// Why a piece of work needs attention, from how far it slipped and where it now ends.
    func attentionReason(_ m: MilestoneProgress, lastDay: SchoolDate) -> String {
        let end = dates.day(m.end)
        var text: String
        switch m.state {
        case .late: text = m.slip > 0 ? w.count(.boardBehind, m.slip, ["date": end]) : w(.boardNotDone, ["date": dates.day(m.plannedEnd)])
        case .atRisk: text = w(.boardMayMiss, ["date": end])
        case .done, .onTrack: text = w(.boardExpectedEnd, ["date": end])
        }
        if m.spill != nil, m.end > lastDay { text += w(.boardAfterLastDay) }
        return text + w(.boardReasonEnd)
    }

    func attentionLabel(_ m: MilestoneProgress) -> String {
        switch m.state {
        case .late, .atRisk: m.state.label(w)
        case .done, .onTrack: w(.boardLabelPastYear)
        }
    }

    func moreAttention(_ n: Int) -> String { w.count(.boardMoreAttention, n) }

    func lateSessions(_ n: Int) -> String { w.count(.boardLateSessions, n) }

    func trend(_ trend: MeasureProgress.Trend) -> String { trend.label(w) }

    /// "39 percent on Fri, Oct 2; target 80 percent by Fri, May 28."
    func measureReading(_ m: MeasureProgress) -> String {
        // The unit is the plan's own word ("percent", "apps"), agreeing with the value.
        func amount(_ v: Double) -> String {
            m.unit.map { "\(MeasureSummaryWords.number(v)) \(Plural.unit($0, for: v))" } ?? MeasureSummaryWords.number(v)
        }
        let target = ["target": amount(m.target), "by": dates.day(m.by)]
        guard let latest = m.values.last else { return w(.boardMeasureNoValues, target) }
        return w(.boardMeasureReading, target.merging(["value": amount(latest.value), "date": dates.day(latest.date)]) { $1 })
    }

    func moreMeasures(_ n: Int) -> String { w.count(.boardMoreMeasures, n) }

    // MARK: Budget

    var inAll: String { w(.boardInAll) }
    var byYear: String { w(.boardByYear) }
    var bySource: String { w(.boardBySource) }
    var fundingEnds: String { w(.boardFundingEnds) }
    var noFunding: String { w(.boardNoFunding) }

    /// "$552,275 over FY2027–FY2031; $57,604.50 of it has no funding yet."
    func budgetTotal(_ budget: PlannedBudget, span: String) -> String {
        let unfunded = budget.paid(by: nil)
        let values = ["amount": budget.words(budget.total()), "span": span]
        return unfunded.isZero ? w(.boardTotalFunded, values) : w(.boardTotalUnfunded, values.merging(["unfunded": budget.words(unfunded)]) { $1 })
    }

    /// "FY2027 $182,087": one year's or one source's part of a line.
    func part(_ name: String, _ amount: Money, in budget: PlannedBudget) -> String {
        w(.boardPart, ["name": name, "amount": budget.words(amount)])
    }

    func otherSources(_ n: Int) -> String { w.count(.boardOtherSources, n) }

    /// "No funding from FY2029 for Canvas licences ($19,201.50 a year): State digital-learning grant stops paying."
    func cliff(_ c: PlannedBudget.FundingCliff, in budget: PlannedBudget) -> String {
        w(.boardCliff, ["year": w.fiscalYear(c.year), "item": w.item(budget.costs[c.cost].item), "amount": budget.words(c.amount),
                        "source": budget.source(c.source)?.name ?? c.source])
    }

    func moreCliffs(_ n: Int) -> String { w.count(.boardMoreCliffs, n) }

    // MARK: Decisions

    /// "“Go/no-go: grade sync and pilot results” decides whether “All classrooms post …” goes ahead (planned from Tue, Jan 12)."
    func gate(_ gate: ScheduledMilestone, opens rollout: ScheduledMilestone?) -> String {
        guard let rollout else { return w(.boardGateAlone, ["gate": w.title(gate.title)]) }
        return w(.boardGate, ["gate": w.title(gate.title), "rollout": w.title(rollout.title), "date": dates.day(rollout.start)])
    }

    /// "decided by Dana Ortiz, Director of Digital Learning": whom a board member would call about it.
    func decidedBy(_ name: String, role: String?) -> String {
        w(.boardDecidedBy, ["owner": role.map { w(.boardOwnerRole, ["name": name, "role": $0]) } ?? name])
    }

    /// A decision's date that passed with nothing decided: "Needed since Wed, Jul 1, 2026".
    func neededSince(_ date: SchoolDate) -> String { w(.boardNeededSince, ["date": dates.day(date)]) }

    func cliffDecision(_ c: PlannedBudget.FundingCliff, in budget: PlannedBudget) -> String {
        w(.boardCliffDecision, ["year": w.fiscalYear(c.year), "amount": budget.words(c.amount), "item": w.item(budget.costs[c.cost].item),
                                "source": budget.source(c.source)?.name ?? c.source])
    }

    func overCommitted(_ o: PlannedBudget.OverCommitment, in budget: PlannedBudget) -> String {
        var values = ["source": budget.source(o.source)?.name ?? o.source, "charged": budget.words(o.charged),
                      "available": budget.words(o.available), "over": budget.words(o.over)]
        guard let year = o.year else { return w(.boardOverCommitted, values) }
        values["year"] = w.fiscalYear(year)
        return w(.boardOverCommittedYear, values)
    }

    func unfundedYear(_ year: FiscalYear, amount: Money, in budget: PlannedBudget) -> String {
        w(.boardUnfundedYear, ["year": w.fiscalYear(year), "amount": budget.words(amount)])
    }

    func unfundedCost(_ cost: PlannedCost, in budget: PlannedBudget) -> String {
        w(.boardUnfundedCost, ["item": w.item(cost.item), "amount": budget.words(cost.total)])
    }

    func moreDecisions(_ n: Int) -> String { w.count(.boardMoreDecisions, n) }
}
