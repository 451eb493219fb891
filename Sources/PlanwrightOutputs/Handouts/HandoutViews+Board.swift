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
    static let boardVoices = 4

    /// The page in `wording`'s language: the staff pages' (`PlanDocument.Input.wording`).
    static func board(_ p: ImprovementPlan, wording: Wording = .english) -> View {
        let dates = PeopleDates(p)
        let words = BoardWords(w: wording, dates: dates)
        return View([
            .district: p.district, .summary: wording(.boardMeta, ["dates": dates.schoolYear, "date": dates.day(p.progress.asOf)]),
            .vision: p.vision, .visionHtml: MarkdownHTML.render(p.vision), .visionMd: MarkdownSource.render(p.vision),
            .priorities: boardPriorities(p, words: words),
            .voices: boardVoices(p.voices, words: words),
            .progress: boardProgress(p, words: words),
            .budget: boardBudget(p.budget, words: words),
            .decisions: boardDecisions(p, words: words),
        ])
    }

    /// A capped list: its first `cap` items, and a line of how many more there are elsewhere.
    static func capped(_ items: [Fields], _ cap: Int, more: (Int) -> String) -> Fields {
        let rest = items.count - cap
        return [.items: Array(items.prefix(cap)), .hasItems: !items.isEmpty, .more: rest > 0 ? more(rest) : "", .hasMore: rest > 0]
    }

    /// This year's priorities in rank order, each with its reason in one line.
    private static func boardPriorities(_ p: ImprovementPlan, words: BoardWords) -> Fields {
        let goals = Dictionary(p.goals.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let thisYear = p.priorities.filter { $0.cycle != nil }
        return capped(thisYear.map { priority in
            [.name: priority.name, .why: words.priorityReason(priority, goal: priority.goal.flatMap { goals[$0] })]
        }, boardPriorities, more: words.morePriorities)
    }

    /// Late and at-risk work first (the most behind first), then each measure's trend, those
    /// going worst first.
    private static func boardProgress(_ p: ImprovementPlan, words: BoardWords) -> Fields {
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
            .summary: words.progressCounts(report),
            .attention: capped(attention.map { m in
                [.title: words.w.title(m.title), .state: m.state == .late || m.state == .atRisk ? m.state.rawValue : MilestoneProgress.State.atRisk.rawValue, .label: words.attentionLabel(m),
                 .reason: words.attentionReason(m, lastDay: p.end)]
            }, boardAttention, more: words.moreAttention),
            .lateSessions: lateSessions > 0 ? words.lateSessions(lateSessions) : "", .hasLateSessions: lateSessions > 0,
            .measures: capped(measures.map { m in
                [.name: m.name, .trend: m.trend.rawValue, .label: words.trend(m.trend), .summary: words.measureReading(m)]
            }, boardMeasures, more: words.moreMeasures),
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
    private static func boardBudget(_ budget: PlannedBudget, words: BoardWords) -> Fields {
        guard !budget.isEmpty else { return [.hasBudget: false, .items: [Fields]()] }
        var lines: [Fields] = [[.name: words.inAll, .detail: words.budgetTotal(budget, span: span(budget, words.w))]]
        lines.append([.name: words.byYear,
                      .detail: budget.byYear.map { words.part(words.w.fiscalYear($0.year), $0.amount, in: budget) }.joined(separator: " · ")])
        // The largest first: the sources past the cap are the ones that matter least.
        let paying = budget.sources.map { ($0, budget.paid(by: $0.id)) }.filter { !$0.1.isZero }.enumerated()
            .sorted { ($1.element.1, $0.offset) < ($0.element.1, $1.offset) }.map(\.element.0)
        var parts = paying.prefix(boardSources).map { words.part($0.name, budget.paid(by: $0.id), in: budget) }
        if paying.count > boardSources {
            let rest = Set(paying.dropFirst(boardSources).map(\.id))
            parts.append(words.part(words.otherSources(rest.count), budget.total { $0.paidBy.map(rest.contains) ?? false }, in: budget))
        }
        let unfunded = budget.paid(by: nil)
        if !unfunded.isZero { parts.append(words.part(words.noFunding, unfunded, in: budget)) }
        if !parts.isEmpty { lines.append([.name: words.bySource, .detail: parts.joined(separator: " · ")]) }
        let cliffs = budget.fundingCliffs
        for cliff in cliffs.prefix(boardCliffs) { lines.append([.name: words.fundingEnds, .detail: words.cliff(cliff, in: budget)]) }
        if cliffs.count > boardCliffs { lines.append([.name: words.fundingEnds, .detail: words.moreCliffs(cliffs.count - boardCliffs)]) }
        return [.hasBudget: true, .items: lines]
    }

    private static func boardDecisions(_ p: ImprovementPlan, words: BoardWords) -> Fields {
        let budget = p.budget
        let phrases = p.ecosystemPhrases
        let decisions = BoardDecision.all(in: p).map { decision -> Fields in
            var owner: String?
            let what: String
            switch decision.fact {
            case let .gate(gate, opens):
                owner = gate.owner.map { words.decidedBy($0, role: p.teamRoles[$0]) }
                // A rollout of a tool that is not ready: the board hears what must be true before go.
                what = [words.gate(gate, opens: opens), ToolWords.mustBeTrue(gate, phrases: phrases, words.w)].compactMap { $0 }.joined(separator: " ")
            case let .cliff(cliff): what = words.cliffDecision(cliff, in: budget)
            case let .overCommitted(over): what = words.overCommitted(over, in: budget)
            case let .unfundedYear(year, amount): what = words.unfundedYear(year, amount: amount, in: budget)
            case let .unfundedCost(index): what = words.unfundedCost(budget.costs[index], in: budget)
            }
            // A decision whose day has passed undecided is needed now, not on a day gone by.
            let when = decision.end < p.progress.asOf ? words.neededSince(decision.end) : words.dates.span(decision.date, decision.end)
            return [.dates: when, .what: what, .owner: owner ?? "", .hasOwner: owner != nil]
        }
        return capped(decisions, boardDecisions, more: words.moreDecisions)
    }
}
