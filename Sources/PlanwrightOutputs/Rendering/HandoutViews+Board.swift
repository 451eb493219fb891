import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The board's page: one district summary a board member reads in a few minutes. Every list is
/// capped so the page prints on two Letter pages at any size, with how many more the district
/// plan holds; amounts are `PlannedBudget+Totals`' own, never added up here.
extension HandoutViews {
    static let boardPriorities = 5
    static let boardAttention = 5
    static let boardMeasures = 6
    static let boardSources = 5
    static let boardCliffs = 2
    static let boardDecisions = 6

    static func board(_ p: ImprovementPlan) -> View {
        let dates = PeopleDates(p)
        return View([
            .district: p.district, .dates: dates.schoolYear, .asOf: dates.day(p.progress.asOf),
            .vision: p.vision, .visionHtml: MarkdownHTML.render(p.vision), .visionMd: MarkdownSource.render(p.vision),
            .priorities: boardPriorities(p),
            .progress: boardProgress(p, dates: dates),
            .budget: boardBudget(p.budget),
            .decisions: boardDecisions(p, dates: dates),
        ])
    }

    /// A capped list: its first `cap` items, and a line of how many more there are elsewhere.
    private static func capped(_ items: [Fields], _ cap: Int, more: (Int) -> String) -> Fields {
        let rest = items.count - cap
        return [.items: Array(items.prefix(cap)), .hasItems: !items.isEmpty, .more: rest > 0 ? more(rest) : "", .hasMore: rest > 0]
    }

    /// This year's priorities in rank order, each with its reason in one line.
    private static func boardPriorities(_ p: ImprovementPlan) -> Fields {
        let goals = Dictionary(p.goals.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let thisYear = p.priorities.filter { $0.cycle != nil }
        return capped(thisYear.map { priority in
            [.name: priority.name, .why: BoardWords.priorityReason(priority, goal: priority.goal.flatMap { goals[$0] })]
        }, boardPriorities, more: BoardWords.morePriorities)
    }

    /// Late and at-risk work first (the most behind first), then each measure's trend, those
    /// going worst first.
    private static func boardProgress(_ p: ImprovementPlan, dates: PeopleDates) -> Fields {
        let report = p.progress
        let attention = report.milestones.enumerated()
            .filter { $0.element.state == .late || $0.element.state == .atRisk || $0.element.spill != nil }
            .sorted { a, b in
                (attentionRank(a.element), -a.element.slip, a.offset) < (attentionRank(b.element), -b.element.slip, b.offset)
            }
            .map(\.element)
        let lateSessions = report.sessions.lazy.filter { $0.state == .late }.count
        let measures = report.measures.enumerated().sorted { (trendRank($0.element.trend), $0.offset) < (trendRank($1.element.trend), $1.offset) }.map(\.element)
        var fields = [
            .summary: BoardWords.progressCounts(report),
            .attention: capped(attention.map { m in
                [.title: m.title, .state: m.state == .late || m.state == .atRisk ? m.state.rawValue : MilestoneProgress.State.atRisk.rawValue, .label: BoardWords.attentionLabel(m),
                 .reason: BoardWords.attentionReason(m, lastDay: p.end, dates: dates)]
            }, boardAttention, more: BoardWords.moreAttention),
            .lateSessions: lateSessions > 0 ? BoardWords.lateSessions(lateSessions) : "", .hasLateSessions: lateSessions > 0,
            .measures: capped(measures.map { m in
                [.name: m.name, .trend: m.trend.rawValue, .label: m.trend.label, .summary: BoardWords.measureReading(m, dates: dates)]
            }, boardMeasures, more: BoardWords.moreMeasures),
        ] as Fields
        fields[.hasMeasures] = !measures.isEmpty
        return fields
    }

    private static func attentionRank(_ m: MilestoneProgress) -> Int {
        switch m.state {
        case .late: 0
        case .atRisk: 1
        case .done, .onTrack: 2
        }
    }

    /// Measures that need the board's attention first: missed, behind, then not yet measured.
    private static func trendRank(_ trend: MeasureProgress.Trend) -> Int {
        switch trend {
        case .missed: 0
        case .behind: 1
        case .noData: 2
        case .onPace: 3
        case .met: 4
        }
    }

    /// Three to six lines: the total, by year, by source, and where funding ends.
    private static func boardBudget(_ budget: PlannedBudget) -> Fields {
        guard !budget.isEmpty else { return [.hasBudget: false, .items: [Fields]()] }
        var lines: [Fields] = [[.name: BoardWords.budgetTotalLabel, .detail: BoardWords.budgetTotal(budget, span: span(budget))]]
        lines.append([.name: BoardWords.byYearLabel,
                      .detail: budget.byYear.map { BoardWords.part($0.year.description, $0.amount, in: budget) }.joined(separator: " · ")])
        // The largest first: the sources past the cap are the ones that matter least.
        let paying = budget.sources.map { ($0, budget.paid(by: $0.id)) }.filter { !$0.1.isZero }.enumerated()
            .sorted { ($1.element.1, $0.offset) < ($0.element.1, $1.offset) }.map(\.element.0)
        var parts = paying.prefix(boardSources).map { BoardWords.part($0.name, budget.paid(by: $0.id), in: budget) }
        if paying.count > boardSources {
            let rest = Set(paying.dropFirst(boardSources).map(\.id))
            parts.append(BoardWords.part(BoardWords.moreSources(rest.count), budget.total { $0.paidBy.map(rest.contains) ?? false }, in: budget))
        }
        let unfunded = budget.paid(by: nil)
        if !unfunded.isZero { parts.append(BoardWords.part(BoardWords.noFunding, unfunded, in: budget)) }
        if !parts.isEmpty { lines.append([.name: BoardWords.bySourceLabel, .detail: parts.joined(separator: " · ")]) }
        let cliffs = budget.fundingCliffs
        for cliff in cliffs.prefix(boardCliffs) { lines.append([.name: BoardWords.cliffLabel, .detail: BoardWords.cliff(cliff, in: budget)]) }
        if cliffs.count > boardCliffs { lines.append([.name: BoardWords.cliffLabel, .detail: BoardWords.moreCliffs(cliffs.count - boardCliffs)]) }
        return [.hasBudget: true, .items: lines]
    }

    private static func boardDecisions(_ p: ImprovementPlan, dates: PeopleDates) -> Fields {
        let budget = p.budget
        let decisions = BoardDecision.all(in: p).map { decision -> Fields in
            var owner: String?
            let what: String
            switch decision.fact {
            case let .gate(gate, opens):
                owner = gate.owner.map { name in p.teamRoles[name].map { BoardWords.ownerWithRole(name, role: $0) } ?? name }
                what = BoardWords.gate(title: gate.title, rollout: opens.map { ($0.title, dates.day($0.start)) })
            case let .cliff(cliff): what = BoardWords.cliffDecision(cliff, in: budget)
            case let .overCommitted(over): what = BoardWords.overCommittedDecision(over, in: budget)
            case let .unfundedYear(year, amount): what = BoardWords.unfundedYearDecision(year, amount: amount, in: budget)
            case let .unfundedCost(index): what = BoardWords.unfundedCostDecision(budget.costs[index], in: budget)
            }
            // A decision whose day has passed undecided is needed now, not on a day gone by.
            let when = decision.end < p.progress.asOf ? BoardWords.neededSince(dates.day(decision.end)) : dates.span(decision.date, decision.end)
            return [.dates: when, .what: what,
                    .owner: owner.map(BoardWords.decidedBy) ?? "", .hasOwner: owner != nil]
        }
        var fields = capped(decisions, boardDecisions, more: BoardWords.moreDecisions)
        fields[.message] = BoardWords.noDecisions
        return fields
    }
}
