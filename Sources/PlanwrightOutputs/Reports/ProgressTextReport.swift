import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// `planwright status` in the terminal: what is late or at risk first, since that is what a
/// leadership meeting acts on, then what is on track and done, then each measure's trend.
/// Plan text is cleaned of control characters (`TerminalText`).
public enum ProgressTextReport {
    public static func render(_ plan: ImprovementPlan, _ w: Wording = .english) -> String {
        let progress = plan.progress
        let clean = PlanTextReport.clean
        let dates = PeopleDates(plan)
        var out = w(.statusHeading, ["district": clean(plan.district)]) + "\n" + AsOfLine.render(progress, dates: dates, w)
        out += MilestoneProgress.State.allCases.sorted(by: order).map { $0.count(progress.count($0), w) }.joined(separator: " · ") + "\n"
        for state in MilestoneProgress.State.allCases.sorted(by: order) {
            let here = progress.milestones.filter { $0.state == state }
            guard !here.isEmpty else { continue }
            out += "\n\(state.label(w).uppercased())\n"
            for m in here {
                out += "  \(clean(m.id)): \(clean(w.title(m.title)))\n" + PlanTextReport.wrap(clean(ProgressReasonWords.sentence(m, dates: dates, w)), indent: "      ", width: 100)
                if let spill = m.spill { out += PlanTextReport.wrap(spill.sentence(lastDay: plan.end, dates: dates, w), indent: "      ", width: 100) }
            }
        }
        for state in [SessionProgress.State.late, .held] {
            let here = progress.sessions.filter { $0.state == state }
            guard !here.isEmpty else { continue }
            out += "\n" + w(state == .late ? .statusSessionsLate : .statusSessionsHeld) + "\n"
            for s in here {
                out += "  \(clean(s.session))\n" + PlanTextReport.wrap(clean(SessionProgressWords.reason(s, dates: dates, w)), indent: "      ", width: 100)
                if !s.absent.isEmpty {
                    let names = Dictionary(plan.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                    let who = w.list(s.absent.map { clean(names[$0] ?? $0) })
                    out += PlanTextReport.wrap(w.count(.statusAbsent, s.absent.count, ["names": who]), indent: "      ", width: 100)
                }
            }
            if state == .late { out += PlanTextReport.wrap(w(.statusLateSessionsToDo), indent: "  ", width: 100) }
        }
        out += groupsToRecord(plan, w)
        out += withoutDay(plan, w)
        if !progress.measures.isEmpty {
            out += "\n" + w(.statusMeasures) + "\n"
            for m in progress.measures {
                out += "  " + w(.statusMeasureLine, ["measure": clean(m.name), "goal": clean(m.goal), "trend": m.trend.label(w)]) + "\n" + PlanTextReport.wrap(clean(MeasureSummaryWords.summary(m, asOf: progress.asOf, dates: dates, w)), indent: "      ", width: 100)
            }
        }
        out += voices(plan, w)
        if let spending = plan.budget.spentVsPlanned(asOf: progress.asOf) { out += spentVsPlanned(spending, plan.budget, w) }
        return out
    }

    /// How many of each group answered the surveys, protected as every output is.
    static func voices(_ plan: ImprovementPlan, _ w: Wording = .english) -> String {
        guard let voices = plan.voices else { return "" }
        let people = PlannedPeople(plan)
        return "\n\(VoicesWords.statusHeading(w))\n" + voices.groups.map { group in
            PlanTextReport.wrap(PlanTextReport.clean(VoicesWords.count(group, threshold: voices.minResponses, schoolName: people.schoolName, w)), indent: "  ", width: 100)
        }.joined()
    }

    /// Sessions with no day that are not late (those are listed above): by group, which sessions,
    /// why, and what to do. A window still ahead of the date can be fixed before anyone is late.
    static func withoutDay(_ plan: ImprovementPlan, _ w: Wording = .english) -> String {
        let waiting = sessionsWithNoDay(plan)
        guard !waiting.isEmpty else { return "" }
        let clean = PlanTextReport.clean
        var order: [String] = [], byGroup: [String: [UnplacedSession]] = [:]
        for session in waiting {
            if byGroup[session.group] == nil { order.append(session.group) }
            byGroup[session.group, default: []].append(session)
        }
        var out = "\n" + w(.statusSessionsWithNoDay) + "\n"
        for group in order {
            let sessions = byGroup[group]!
            let numbers = sessions.map { "\($0.number)" }
            out += "  \(clean(group)): " + w.count(.statusSessionNumbers, numbers.count, ["numbers": w.list(numbers)]) + "\n"
            out += PlanTextReport.wrap(w(.statusWhyToDo, ["why": clean(UnplacedSessionWords.reason(sessions[0], w)), "advice": sessions[0].cause.advice(w)]), indent: "      ", width: 100)
        }
        return out
    }

    /// The sessions that found no day and are not late, which `status` lists apart from late ones.
    static func sessionsWithNoDay(_ plan: ImprovementPlan) -> [UnplacedSession] {
        let late = Set(plan.progress.sessions.lazy.filter { $0.state == .late }.map(\.session))
        return plan.training.unplaced.filter { !late.contains(TrainingSession.id(group: $0.group, number: $0.number)) }
    }

    /// "SPENT VS PLANNED": each cost that records `spent`, then the total.
    static func spentVsPlanned(_ s: SpentVsPlanned, _ budget: PlannedBudget, _ w: Wording = .english) -> String {
        let clean = PlanTextReport.clean
        var out = "\n" + w(.statusSpentVsPlanned) + "\n"
        for cost in s.costs {
            let place = cost.milestone.map { " (\(clean($0)))" } ?? cost.goal.map { " (" + w(.statusGoal, ["goal": clean($0)]) + ")" } ?? ""
            out += "  \(clean(w.item(cost.item)))\(place)\n"
            out += PlanTextReport.wrap(verdict(spent: cost.spent, toDate: cost.plannedToDate, planned: cost.planned, budget, w), indent: "      ", width: 100)
        }
        out += "  " + w(.statusInAll) + "\n" + PlanTextReport.wrap(verdict(spent: s.spent, toDate: s.plannedToDate, planned: s.planned, budget, w), indent: "      ", width: 100)
        return out
    }

    /// "$61,180 spent of $59,220 planned to date ($118,440 in all): $1,960 over".
    static func verdict(spent: Money, toDate: Money, planned: Money, _ budget: PlannedBudget, _ w: Wording = .english) -> String {
        let difference = spent - toDate
        let judged = difference.isZero ? w(.statusAsPlanned)
            : difference.isNegative ? w(.statusUnder, ["amount": budget.words(toDate - spent)]) : w(.statusOver, ["amount": budget.words(difference)])
        return w(.statusVerdict, ["spent": budget.words(spent), "to_date": budget.words(toDate), "planned": budget.words(planned), "judged": judged])
    }

    /// Late and at risk first: the order a meeting works through them.
    private static func order(_ a: MilestoneProgress.State, _ b: MilestoneProgress.State) -> Bool {
        let rank: [MilestoneProgress.State: Int] = [.late: 0, .atRisk: 1, .onTrack: 2, .done: 3]
        return rank[a]! < rank[b]!
    }
}
