import PlanwrightDocument
import PlanwrightModel

/// Gathers the work to schedule: the plan's own milestones, the framework's steps for each
/// priority that no goal covers, a pilot and go/no-go gate before every rollout that lacks
/// them (pitfall 2 of the brief), and a study-and-adjust review at the end of each cycle.
struct MilestoneAssembler {
    let plan: Plan
    let calendar: SchoolCalendar
    let cycles: [PlannedCycle]

    struct Result {
        var items: [WorkItem]
        var diagnostics: [Diagnostic]
    }

    /// The plan's own milestones, with pilots and gates added before rollouts that lack them.
    func planMilestones() -> Result {
        var items = plan.milestones.map(workItem)
        var diagnostics: [Diagnostic] = []
        addPilotsAndGates(to: &items, diagnostics: &diagnostics)
        return Result(items: items, diagnostics: diagnostics)
    }

    /// The framework's steps for the priorities, with pilots and gates added before rollouts
    /// that lack them, and a review closing each cycle.
    func plannerMilestones(for priorities: [Priority]) -> Result {
        var items = frameworkSteps(for: priorities)
        var diagnostics = unownedRoles(items)
        addPilotsAndGates(to: &items, diagnostics: &diagnostics)
        return Result(items: items + cycleReviews(), diagnostics: diagnostics)
    }

    private func workItem(_ m: Milestone) -> WorkItem {
        WorkItem(id: m.id, title: .written(m.title), kind: m.kind, origin: .plan, goal: m.goal, indicator: nil, owner: m.owner,
                 days: m.days, after: m.after.map(\.id), on: m.on?.value, notBefore: m.notBefore?.value, due: m.due,
                 scope: m.scope, status: m.status, doneOn: m.doneOn,
                 blockedBecause: m.blockedBecause, since: m.since, cycle: nil, location: m.location, carriedFrom: m.carriedFrom, gatePassed: m.gatePassed)
    }

    /// Framework steps for priorities placed in a cycle, unless a goal with milestones already
    /// serves that indicator: then the goal's own milestones are that work, and adding the
    /// library's generic steps would double it. Steps the rating records as done in an earlier
    /// year (`steps_done`) are left out: finished work is not planned again.
    private func frameworkSteps(for priorities: [Priority]) -> [WorkItem] {
        let covered = Set(plan.goals.filter { !$0.milestones.isEmpty }.flatMap { $0.indicators.map(\.id) })
        let ratings = Dictionary(plan.assessment.ratings.map { ($0.indicator.id, $0.location) }, uniquingKeysWith: { a, _ in a })
        let done = Set(plan.assessment.ratings.flatMap { $0.stepsDone.map(\.id) })
        var items: [WorkItem] = []
        for priority in priorities where !covered.contains(priority.indicator) {
            guard let cycle = priority.cycle, let indicator = plan.framework.indicator(priority.indicator) else { continue }
            var previous: String?
            for (offset, step) in indicator.steps.enumerated() {
                let id = "\(indicator.id)-\(offset + 1)"
                guard !done.contains(id) else { continue }
                items.append(WorkItem(
                    id: id, title: .written(step.title), kind: step.kind, origin: .framework, goal: nil, indicator: indicator.id,
                    owner: step.owner.flatMap(ownerName), days: step.days, after: previous.map { [$0] } ?? [],
                    on: nil, notBefore: previous == nil ? cycles[cycle - 1].start : nil, due: nil, scope: .everyone,
                    cycle: cycle, location: ratings[indicator.id] ?? plan.assessment.location))
                previous = id
            }
        }
        return items
    }

    /// Who holds the framework's owner role: the person `owners.roles` names, else the team
    /// member whose title has the framework's words for it; nil when nobody does. A role printed
    /// as an owner ("tech coach") would send staff looking for a person who is not there.
    private func ownerName(_ role: String) -> String? {
        if let named = plan.owners.person(for: role) { return named.id }
        return RoleMatcher.member(for: role, in: plan.district.team, titleWords: plan.framework.roles)?.name
    }

    /// One warning per owner role of the framework's planned steps that nobody holds, naming the
    /// steps it leaves without an owner and how to give the role to someone.
    private func unownedRoles(_ items: [WorkItem]) -> [Diagnostic] {
        var steps: [String: [String]] = [:], order: [String] = []
        for indicator in plan.framework.indicators {
            for (offset, step) in indicator.steps.enumerated() {
                guard let role = step.owner, ownerName(role) == nil else { continue }
                let id = "\(indicator.id)-\(offset + 1)"
                guard items.contains(where: { $0.id == id && $0.origin == .framework }) else { continue }
                if steps[role] == nil { order.append(role) }
                steps[role, default: []].append(id)
            }
        }
        return order.map { role in
            let ids = steps[role]!
            let words = plan.framework.roles[role.lowercased()] ?? [role.lowercased()]
            let quoted = Message.Value.commaSeparated(words.map { .text("'\($0)'") }) ?? .text("")
            return .warning(Message("plan_role_unowned", count: ids.count, [
                                "role": .text(role), "steps": .commaSeparated(ids.map(Message.Value.text)) ?? .text(""),
                                "words": .message(Message("plan_title_words", count: words.count, ["words": quoted])),
                                "open": .text("<"), "close": .text(">"),
                            ]),
                            at: plan.district.location)
        }
    }

    /// Every rollout needs a pilot with a small group and a go/no-go gate before it.
    private func addPilotsAndGates(to items: inout [WorkItem], diagnostics: inout [Diagnostic]) {
        let index = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var added: [WorkItem] = []
        // A rollout carried over whose go/no-go said go in an earlier year (`gate_passed`) is not
        // piloted again: that would undo the decision the district already made.
        for position in items.indices where items[position].kind == .rollout && items[position].gatePassed == nil {
            let before = ancestorKinds(of: items[position], items: items, index: index)
            let hasPilot = before.contains(.pilot), hasGate = before.contains(.gate)
            guard !hasPilot || !hasGate else { continue }
            let rollout = items[position]
            if rollout.on != nil {
                let values: [String: Message.Value] = ["rollout": .text(rollout.id)]
                diagnostics.append(.warning(
                    hasPilot ? Message("plan_fixed_rollout_without_gate", values)
                        : hasGate ? Message("plan_fixed_rollout_without_pilot", values) : Message("plan_fixed_rollout_without_pilot_and_gate", values),
                    at: rollout.location))
                continue
            }
            var previous = rollout.after
            if !hasPilot {
                let pilot = WorkItem(
                    id: "\(rollout.id)-pilot", title: .addedPilot(rollout: rollout.title.written ?? rollout.id),
                    kind: .pilot, origin: .addedBeforeRollout, goal: rollout.goal, indicator: rollout.indicator, owner: rollout.owner,
                    days: 10, after: previous, scope: rollout.scope, cycle: rollout.cycle, location: rollout.location)
                added.append(pilot)
                previous = [pilot.id]
            }
            let gate = WorkItem(
                id: "\(rollout.id)-gate", title: .addedGate(rollout: rollout.title.written ?? rollout.id),
                kind: .gate, origin: .addedBeforeRollout, goal: rollout.goal, indicator: rollout.indicator, owner: rollout.owner,
                days: 2, after: previous, scope: rollout.scope, cycle: rollout.cycle, location: rollout.location)
            added.append(gate)
            items[position].after = [gate.id]
            diagnostics.append(.note(hasPilot ? Message("plan_added_gate", ["rollout": .text(rollout.id)])
                                         : Message("plan_added_pilot_and_gate", ["rollout": .text(rollout.id)]),
                                     at: rollout.location))
        }
        items += added
    }

    /// Kinds of everything a milestone comes after, directly or not, as `items` stand now.
    private func ancestorKinds(of item: WorkItem, items: [WorkItem], index: [String: Int]) -> Set<MilestoneKind> {
        Set(DependencyWalk.ancestors(of: item.after, lookup: { index[$0].map { items[$0] } }, after: \.after).map(\.kind))
    }

    /// Each cycle ends with two days to study what happened and adjust the plan.
    private func cycleReviews() -> [WorkItem] {
        let owner = plan.district.team.first?.name
        return cycles.map { cycle in
            let last = calendar.index(onOrAfter: cycle.end.adding(days: 1)) - 1
            let start = calendar.date(at: max(calendar.index(onOrAfter: cycle.start), last - 1))
            return WorkItem(
                id: "cycle-\(cycle.number)-review", title: .cycleReview(cycle: cycle.name),
                kind: .review, origin: .cycleReview, goal: nil, indicator: nil, owner: owner, days: cycle.schoolDays >= 2 ? 2 : 1,
                after: [], on: start, notBefore: nil, due: nil, scope: .everyone, cycle: cycle.number, location: plan.year.location)
        }
    }
}
