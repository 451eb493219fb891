import PlanwrightModel

/// Turns a checked `Plan` into an `ImprovementPlan`: priorities, cycles, dated milestones,
/// champions and training, then the checks' advice (`PlanChecks`). It reads only the model
/// and never formats text for output.
public struct Planner: Sendable {
    /// The date progress is judged on and unfinished work is re-planned from. Nil means the
    /// last date the plan records progress (or the first day of school), so that the same
    /// file always gives the same schedule.
    public var asOf: SchoolDate?
    /// The languages family pages are made in, in place of the plan's `families.languages`
    /// (`build --languages en,es`); nil keeps the plan's.
    public var familyLanguages: [String]?

    public init(asOf: SchoolDate? = nil, familyLanguages: [String]? = nil) {
        self.asOf = asOf
        self.familyLanguages = familyLanguages
    }

    public func plan(_ plan: Plan) -> ImprovementPlan {
        var plan = plan
        if let familyLanguages { plan.families.languages = familyLanguages.map { Located($0, at: plan.families.location ?? plan.district.location) } }
        let calendar = SchoolCalendar(year: plan.year, schools: plan.schools)
        let cycles = CycleDivider.cycles(of: plan.year, calendar: calendar)
        let assembler = MilestoneAssembler(plan: plan, calendar: calendar, cycles: cycles)
        let (asOf, asOfSource): (SchoolDate, ProgressReport.DateSource) = self.asOf.map { ($0, .given) }
            ?? plan.latestRecord.map { ($0, .latestRecord) } ?? (plan.year.start, .yearStart)
        let status = StatusAsOf(plan: plan, asOf: asOf)
        // The baseline is the plan as written, nothing late; the re-plan keeps unfinished work
        // from the past. Late is judged against the first, dates are shown from the second.
        let baselineScheduler = MilestoneScheduler(calendar: calendar)
        let scheduler = MilestoneScheduler(calendar: calendar, asOf: calendar.index(onOrAfter: asOf))
        // The plan's own milestones are dated first: when its goals run decides which
        // priorities they take on and how many focus slots each cycle has left. That is read
        // from the plan as written: work running late moves dates, not the year's priorities.
        let own = assembler.planMilestones()
        let ownItems = status.apply(own.items)
        let goalsByCycle = Self.goalsByCycle(baselineScheduler.schedule(ownItems), items: ownItems, calendar: calendar, cycles: cycles, asOf: asOf)
        let voices = StakeholderViewsSummarizer(plan: plan).summarize()
        let priorities = PriorityRanker(plan: plan, cycleCount: cycles.count, goalsByCycle: goalsByCycle.active,
                                        goalCycleByIndicator: goalsByCycle.firstByIndicator(plan.goals),
                                        perceptionGaps: voices?.perceptionGaps ?? [:]).rank()
        let added = assembler.plannerMilestones(for: priorities)
        let written = ownItems + status.apply(added.items)
        // The baseline does not tell planned from in-progress work (nothing is held to a date), so
        // it dates the work as written and then says which had not started by the date.
        let baseline = baselineScheduler.schedule(written)
        let assembled = MilestoneAssembler.Result(items: status.notStartedBeforeItsStart(written, baseline: baseline, calendar: calendar),
                                                  diagnostics: own.diagnostics + added.diagnostics)
        let scheduled = scheduler.asOf == 0 ? baseline : scheduler.schedule(assembled.items)
        let tracked = MilestoneProgressTracker(calendar: calendar, asOf: asOf).track(assembled.items, baseline: baseline, replanned: scheduled)

        let position = Dictionary(assembled.items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let declared = Self.declaredDates(plan)
        var milestones: [ScheduledMilestone] = []
        milestones.reserveCapacity(assembled.items.count)
        var diagnostics = assembled.diagnostics + baseline.diagnostics + tracked.diagnostics + status.unmatched(assembled.items)
        var progress: [MilestoneProgress] = []
        progress.reserveCapacity(assembled.items.count)
        // Scheduler order, then by start date: stable, so equal starts keep dependency order.
        // Sorting indices, not milestones: moving the structs retains every string they hold.
        let order = scheduled.order.compactMap { id in scheduled.slots[id].map { (id, $0.start) } }
            .enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
        for id in order {
            guard let index = position[id], let slot = scheduled.slots[id] else { continue }
            let item = assembled.items[index]
            let start = calendar.date(at: slot.start), end = calendar.date(at: slot.end)
            let cycle = item.cycle ?? cycles.last(where: { $0.start <= start })?.number ?? 1
            milestones.append(ScheduledMilestone(
                id: item.id, title: item.title, kind: item.kind, origin: item.origin, goal: item.goal, indicator: item.indicator,
                owner: item.owner, days: item.days, start: start, end: end, after: item.after, scope: item.scope,
                cycle: cycle, status: item.status, blockedBecause: item.blockedBecause, due: item.due?.value, startConstraint: slot.constraint, endsOnAsOf: slot.endsOnAsOf,
                declared: item.origin == .plan ? declared[id] : nil, carriedFrom: item.carriedFrom))
            if let tracked = tracked.milestones[id] { progress.append(tracked) }
        }

        // People: champions first, since they co-facilitate the training groups.
        let champions = ChampionMatcher(plan: plan).match()
        let scopeStaff = ScopeStaff(plan), scopeSchools = ScopeSchools(plan.schools)
        // The milestones on the dates the plan gives them with nothing late, for when sessions were due.
        let planned = scheduler.asOf == 0 ? milestones : milestones.map { m in
            var m = m
            if let slot = baseline.slots[m.id] { (m.start, m.end) = (calendar.date(at: slot.start), calendar.date(at: slot.end)) }
            return m
        }
        // Pilot groups next: a proposed group prefers champions, and co-leads the rollout's training.
        let pilots = PilotGroupProposer(plan: plan, champions: champions.champions, scopeStaff: scopeStaff).groups()
        let sessions = ProgrammePlanner(plan: plan, asOf: asOf, calendar: calendar, milestones: milestones, plannedMilestones: planned,
                                        priorities: priorities, cycles: cycles, champions: champions.champions, scopeStaff: scopeStaff,
                                        pilotGroups: pilots.groups).training()
        let training = sessions.training
        diagnostics += champions.diagnostics + pilots.diagnostics + sessions.diagnostics
        let budget = BudgetPlanner(plan: plan, calendar: calendar, milestones: milestones, training: training,
                                   champions: champions.champions, scopeStaff: scopeStaff, scopeSchools: scopeSchools).budget()
        diagnostics += budget.diagnostics
        // The tools next: a gate before a rollout of a tool that is not ready carries what must be true.
        let tools = EcosystemPlanner(plan: plan, scopeSchools: scopeSchools).plan(milestones: milestones)
        if let gates = tools?.gates, !gates.isEmpty {
            for index in milestones.indices { milestones[index].mustBeTrue = gates[milestones[index].id] ?? [] }
        }
        // The advice about the plan comes last, once everything it judges is planned.
        diagnostics += PlanChecks.run(CheckContext(plan: plan, milestones: milestones, goalsByCycle: goalsByCycle.active, cycles: cycles,
                                                   champions: champions.champions, training: training, budget: budget.budget, scopeStaff: scopeStaff, scopeSchools: scopeSchools, calendar: calendar,
                                                   progress: tracked.milestones, asOf: asOf, pilots: pilots.groups,
                                                   ecosystem: tools?.ecosystem))

        let plannedCycles = Self.withFocus(cycles, goals: goalsByCycle.active, priorities: priorities, focus: plan.focus.perCycle)
        var result = ImprovementPlan(
            district: plan.district.name, vision: plan.district.vision, framework: plan.framework.id,
            scale: plan.framework.scale.levels, assessment: Self.assessed(plan), goals: Self.goals(plan), start: plan.year.start, end: plan.year.end,
            schoolDays: calendar.schoolDayCount, focusPerCycle: plan.focus.perCycle,
            cycles: plannedCycles,
            priorities: priorities, milestones: milestones,
            schools: plan.schools.map { PlannedSchool(id: $0.id, name: $0.name, needsSupport: $0.needsSupport, principal: $0.principal, grades: $0.grades,
                                                      students: $0.enrollment?.total) },
            staff: plan.staff.map { PlannedPerson(id: $0.id, name: $0.name, school: $0.school.id, role: $0.role, comfort: $0.comfort?.value, email: $0.email,
                                                  schoolShares: $0.schoolShares.isEmpty ? nil : $0.schoolShares.map { PlannedSchoolShare(school: $0.school.id, share: $0.share) },
                                                  districtWide: $0.districtWide ? true : nil) },
            training: training,
            champions: champions.champions,
            progress: ProgressReport(asOf: asOf, asOfSource: asOfSource, milestones: progress,
                                     measures: Self.measures(plan, trend: MeasureTrend(start: plan.year.start, end: plan.year.end, asOf: asOf),
                                                             milestones: milestones),
                                     sessions: sessions.progress, schoolYear: plan.year.start...max(plan.year.start, plan.year.end)),
            diagnostics: diagnostics.sortedBySource(), calendar: PlannedCalendar(calendar), assessmentDate: plan.assessment.date,
            schoolYear: SchoolYearReport(calendar: calendar, cycles: plannedCycles), budget: budget.budget,
            pilots: pilots.groups.isEmpty ? nil : pilots.groups, voices: voices,
            teamRoles: Dictionary(plan.district.team.map { ($0.name, $0.role) }, uniquingKeysWith: { first, _ in first }))
        result.families = FamilyPlanner.plan(plan)
        result.ecosystem = tools?.ecosystem
        return result
    }

    /// Each cycle with what holds its focus slots, counted as the ranker counted them.
    static func withFocus(_ cycles: [PlannedCycle], goals: [Int: Set<String>], priorities: [Priority], focus: Int) -> [PlannedCycle] {
        cycles.map { cycle in
            var cycle = cycle
            cycle.underWay = CycleFocus(goals: goals[cycle.number, default: []].sorted(),
                                        priorities: priorities.filter { $0.cycle == cycle.number && $0.goal == nil }.map(\.indicator))
            // The ranker fills only cycles with room, so more than the focus is the goals' own doing.
            if cycle.underWay.count > focus { cycle.underWay.overBecause = .goalsOverlap }
            return cycle
        }
    }

    /// The plan's milestones' dates as written, by id (the first of a repeated id, as the schedule keeps it).
    static func declaredDates(_ plan: Plan) -> [String: DeclaredDates] {
        Dictionary(plan.milestones.map { m in
            (m.id, DeclaredDates(on: m.on?.value, notBefore: m.notBefore?.value, doneOn: m.doneOn, due: m.due?.value))
        }, uniquingKeysWith: { a, _ in a })
    }

    static func assessed(_ plan: Plan) -> [AssessedIndicator] {
        let domains = Dictionary(plan.framework.domains.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return plan.assessment.ratings.compactMap { rating in
            guard let indicator = plan.framework.indicator(rating.indicator.id) else { return nil }
            return AssessedIndicator(indicator: indicator.id, name: indicator.name, domain: indicator.domain,
                                     domainName: domains[indicator.domain] ?? indicator.domain,
                                     current: rating.current.index, target: plan.framework.scale.aim(of: rating).index, evidence: rating.evidence,
                                     evidenceFrom: plan.tools.isEmpty || indicator.evidenceFrom.isEmpty ? nil : indicator.evidenceFrom)
        }
    }

    /// Each measure's pace starts at its `from`: a date, or the start of its milestone as now
    /// scheduled (a rollout that slips moves the start of what it is to move).
    static func measures(_ plan: Plan, trend: MeasureTrend, milestones: [ScheduledMilestone]) -> [MeasureProgress] {
        let starts = Dictionary(milestones.map { ($0.id, $0.start) }, uniquingKeysWith: { a, _ in a })
        return plan.goals.flatMap { goal in
            goal.measures.map { measure in
                let from: SchoolDate? = switch measure.from {
                case let .date(date)?: date
                case let .milestone(reference)?: starts[reference.id]
                case nil: nil
                }
                return trend.progress(of: measure, goal: goal.id, from: from)
            }
        }
    }

    static func goals(_ plan: Plan) -> [PlannedGoal] {
        plan.goals.map { goal in
            PlannedGoal(id: goal.id, title: goal.title, description: goal.description, owner: goal.owner,
                        indicators: goal.indicators.map(\.id), scope: goal.declaredScope.applied(to: .everyone),
                        measures: goal.measures.map { measure in
                            let latest = measure.observations.max { $0.date < $1.date }
                            return PlannedMeasure(name: measure.name, unit: measure.unit, baseline: measure.baseline, target: measure.target,
                                                  by: measure.by, latest: latest?.value, latestOn: latest?.date)
                        })
        }
    }

    struct GoalCycles {
        /// Goals with unfinished work in each cycle.
        var active: [Int: Set<String>] = [:]
        /// The first cycle of each goal's unfinished work.
        var first: [String: Int] = [:]

        /// For each indicator, the goal serving it whose work starts first (the first goal on a tie).
        func firstByIndicator(_ goals: [Goal]) -> [String: (goal: String, cycle: Int)] {
            var result: [String: (goal: String, cycle: Int)] = [:]
            for goal in goals {
                guard let cycle = first[goal.id] else { continue }
                for indicator in goal.indicators where cycle < (result[indicator.id]?.cycle ?? .max) {
                    result[indicator.id] = (goal.id, cycle)
                }
            }
            return result
        }
    }

    /// Finished work still counts in the cycles that had begun by the as-of date: the past stays
    /// put, so recording that a pilot was done in October never moves its goal, or the priorities
    /// it took on, out of the cycle it was worked in. Only in cycles still ahead does finished
    /// work free its goal's focus slot.
    static func goalsByCycle(_ scheduled: MilestoneScheduler.Result, items: [WorkItem], calendar: SchoolCalendar, cycles: [PlannedCycle],
                             asOf: SchoolDate) -> GoalCycles {
        var result = GoalCycles()
        for item in items {
            guard let goal = item.goal, let slot = scheduled.slots[item.id] else { continue }
            let start = calendar.date(at: slot.start), end = calendar.date(at: slot.end)
            for cycle in cycles where cycle.start <= end && start <= cycle.end && (item.status != .done || cycle.start <= asOf) {
                result.active[cycle.number, default: []].insert(goal)
                result.first[goal] = min(result.first[goal] ?? cycle.number, cycle.number)
            }
        }
        return result
    }
}
