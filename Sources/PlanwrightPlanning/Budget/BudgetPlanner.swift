import PlanwrightDocument
import PlanwrightModel

/// Expands every cost of the plan into `BudgetLine`s: one fiscal year, one school (or the whole
/// district), one source each. It counts and dates; the budget checks judge what it counted.
struct BudgetPlanner {
    let plan: Plan
    let calendar: SchoolCalendar
    /// The plan's milestones with their dates: a milestone's cost is paid when its work starts.
    let milestones: [ScheduledMilestone]
    let training: TrainingPlan
    let champions: ChampionPlan
    let scopeStaff: ScopeStaff
    let scopeSchools: ScopeSchools
    /// The most lines the budget may have; smaller in tests of the limit.
    var maxLines = LineBuilder.maxLines

    private var fiscal: FiscalCalendar { plan.budget.fiscalCalendar }

    func budget() -> (budget: PlannedBudget, diagnostics: [Diagnostic]) {
        let first = fiscal.year(of: plan.year.start)
        let years = (0..<plan.budget.years).map { first.adding(years: $0) }
        let range = fiscal.firstDay(of: years[0])...fiscal.lastDay(of: years[years.count - 1])
        var builder = LineBuilder(fiscal: fiscal, range: range, sources: plan.funding.map { plannedSource($0, years: years) }, maxLines: maxLines)
        var diagnostics: [Diagnostic] = []

        let startOf = Dictionary(milestones.map { ($0.id, $0.start) }, uniquingKeysWith: { a, _ in a })
        for goal in plan.goals {
            let goalScope = goal.declaredScope.applied(to: .everyone)
            for cost in goal.costs {
                diagnostics += addPlanCost(cost, scope: goalScope, paidFrom: plan.year.start, goal: goal.id, milestone: nil, to: &builder)
            }
            for milestone in goal.milestones {
                for cost in milestone.costs {
                    diagnostics += addPlanCost(cost, scope: milestone.scope, paidFrom: startOf[milestone.id] ?? plan.year.start,
                                               goal: goal.id, milestone: milestone.id, to: &builder)
                }
            }
        }
        addTools(to: &builder)
        let support = addSupport(to: &builder)
        addTraining(to: &builder)
        addChampionStipends(years: years, to: &builder)
        if let overflow = builder.overflow {
            diagnostics.append(.error(Message("budget_check_too_many_lines", ["max": .number(maxLines)]), at: overflow.location))
        }

        let spending = schoolSpending(builder.lines, costs: builder.costs)
        return (PlannedBudget(currency: plan.budget.currency, fiscalYearStart: fiscalStartText, years: years, sources: builder.sources,
                              costs: builder.costs, lines: builder.lines, support: support, schools: spending.schools,
                              medianPerStudent: spending.median, equity: spending.equity, fiscalCalendar: fiscal), diagnostics)
    }

    private var fiscalStartText: String {
        let m = fiscal.startMonth, d = fiscal.startDay
        return (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
    }

    private func plannedSource(_ source: FundingSource, years: [FiscalYear]) -> PlannedFundingSource {
        var perYear: [YearAmount] = [], total: Money?
        let ends = source.restrictions.ends?.value
        let covered = years.filter { year in
            (source.from.map { $0 <= year } ?? true) && (source.to.map { year <= $0 } ?? true)
                && (ends.map { fiscal.firstDay(of: year) <= $0 } ?? true)
        }
        switch source.amount {
        case let .perYear(amount)?: perYear = covered.map { YearAmount(year: $0, amount: amount) }
        case let .total(amount)?: total = amount
        case nil: break
        }
        var planned = PlannedFundingSource(id: source.id, name: source.name, perYear: perYear, total: total,
                                           perStudent: source.restrictions.perStudent?.amount, floor: source.restrictions.perStudent?.floor,
                                           maxShare: source.restrictions.maxShare.map(\.value), ends: ends, from: source.from, to: source.to,
                                           location: source.location)
        planned.purposes = source.restrictions.purposes.map { purpose in
            PlannedPurpose(id: purpose.id, name: purpose.name, share: purpose.share.value, categories: purpose.categories, caps: purpose.caps)
        }
        planned.discount = source.restrictions.discount?.value
        planned.restPaidBy = source.restrictions.discount == nil ? nil : source.restrictions.restPaidBy?.id
        if let perStudent = source.restrictions.perStudent {
            // District-wide since E-Rate's FY2021 rules: every school's students, every school's floor.
            let students = plan.schools.map { $0.enrollment?.students(in: nil) }
            planned.addsSchoolBudgets = perStudent.addsSchoolBudgets?.value == true
            planned.schoolsCounted = plan.schools.count
            planned.studentsCounted = students.reduce(0) { $0 + ($1 ?? 0) }
            planned.unenrolledSchools = zip(plan.schools, students).filter { $0.1 == nil }.map(\.0.id)
            if planned.unenrolledSchools.isEmpty { planned.perStudentBudget = perStudent.budget(students: students.map { $0 ?? 0 }) }
        }
        return planned
    }

    // MARK: The plan's costs

    /// Who a cost counts: units at each school in scope, or one district-wide count.
    ///
    /// Work that names no schools reaches every school, but what it costs is not multiplied by
    /// them: an amount with no `per` is paid once (for one school at it, otherwise on the
    /// district-wide line), and a `per` unit is counted where the units are, each school its own
    /// staff, students or one school. Only that last is "each school", because the unit is the
    /// school. Staff at several schools are counted once, at their own school (`StaffMember.school`).
    private func addPlanCost(_ cost: CostLine, scope: Scope, paidFrom: SchoolDate, goal: String, milestone: String?,
                             to builder: inout LineBuilder) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // A cost's own grades narrow its work's (the decoder has said where they would widen them).
        var scope = scope
        if let grades = cost.grades?.value { scope.grades = scope.grades.map { GradeSet(bits: $0.bits & grades.bits) } ?? grades }
        let schools = scopeSchools.schools(in: scope)
        let single = schools.count == 1 ? schools[0].id : nil
        var parts: [(school: String?, units: Int?)] = []
        switch (cost.per, cost.count) {
        case (nil, _): parts = [(single, nil)]
        case let (_?, count?): parts = [(single, count.value)]
        case (.staff?, nil):
            var bySchool: [String: Int] = [:]
            for member in scopeStaff.staff(in: scope) { bySchool[member.school.id, default: 0] += 1 }
            parts = schools.compactMap { school in bySchool[school.id].map { (school.id, $0) } }
        case (.student?, nil):
            let unenrolled = schools.filter { $0.enrollment == nil }
            if !unenrolled.isEmpty {
                let names: [Message.Value] = unenrolled.prefix(3).map { .text(Excerpt.of($0.name)) }
                    + (unenrolled.count > 3 ? [.message(Message("check_and_more", count: unenrolled.count - 3))] : [])
                diagnostics.append(.warning(Message("budget_check_schools_without_enrollment", count: unenrolled.count,
                                                    ["cost": .text(Excerpt.of(cost.item)), "schools": .list(names)]),
                                            at: cost.location))
            }
            if let whole = Self.wholeSchoolsCounted(for: cost, grades: scope.grades, at: schools) { diagnostics.append(whole) }
            parts = schools.compactMap { school in
                school.enrollment.map { (school.id, $0.students(in: scope.grades)) }
            }
        case (.school?, nil): parts = schools.map { ($0.id, 1) }
        case (.device?, nil), (.seat?, nil): parts = [(single, 0)]  // the decoder has said a count is needed
        }
        let payments = CostPayments(first: cost.on?.value ?? paidFrom, recurrence: cost.every, until: cost.until?.value,
                                    refreshYears: cost.refresh?.value)
        let unitsInAll = cost.per == nil ? nil : parts.reduce(0) { $0 + ($1.units ?? 0) }
        builder.add(PlannedCost(item: .written(cost.item), category: cost.category, origin: .plan, goal: goal, milestone: milestone,
                                schools: schools.count < plan.schools.count ? schools.map(\.id) : [], recurrence: cost.every, unit: cost.per, unitAmount: cost.per == nil ? nil : cost.amount, units: unitsInAll,
                                refreshYears: cost.refresh?.value, grades: scope.grades.flatMap { $0 == .all || $0.isEmpty ? nil : $0 },
                                funding: cost.funding?.parts.map(\.source.id) ?? [], total: .zero,
                                spent: cost.spent, firstPayment: payments.first, location: cost.location),
                    payments: payments, parts: parts.map { part in (part.school, part.units, cost.amount * (part.units ?? 1)) },
                    funding: cost.funding)
        return diagnostics
    }

    // MARK: Support, training and champions

    /// Support at each school it is for, by its days on site in a school year: in this school
    /// year, the school days from its start; in later years, this year's school days in all.
    ///
    /// Support that names no schools is one service for the district as a whole (a technician
    /// one day a week for a campus of three schools is one day a week, not three), so it is
    /// counted and paid once, on a district-wide line (`school` nil), never once per school.
    /// Named schools each get their own days and cost, as the key's help says.
    private func addSupport(to builder: inout LineBuilder) -> [PlannedSupport] {
        var planned: [PlannedSupport] = []
        for support in plan.support {
            let ids: [String?] = support.schools.isEmpty ? [nil] : support.schools.map(\.id)
            let start = support.from?.value ?? plan.year.start
            // Days a week × school days ÷ 5 school days a week, in tenths: half a day rounds up.
            let days = { (schoolDays: Int) in (support.tenthsOfDaysPerWeek * schoolDays + 25) / 50 }
            let fullYear = days(calendar.schoolDayCount)
            let thisYear = start <= plan.year.start ? fullYear : days(calendar.schoolDayCount - calendar.index(onOrAfter: start))
            planned += ids.map { PlannedSupport(school: $0, what: support.what, tenthsOfDaysPerWeek: support.tenthsOfDaysPerWeek,
                                                daysPerYear: fullYear, helpDesk: support.helpDesk) }
            guard support.costPerDay != nil || support.costPerYear != nil else { continue }
            let cost = { (days: Int) in (support.costPerDay.map { $0 * days } ?? .zero) + (support.costPerYear ?? .zero) }
            let until = support.until?.value
            var streams: [(payments: CostPayments, parts: [LineBuilder.Part])] = []
            if start <= plan.year.end {
                // This school year's payment, then a payment each later year on the anniversary of the first day of school.
                streams.append((CostPayments(first: start, recurrence: .year, until: start, refreshYears: nil), ids.map { ($0, 1, cost(thisYear)) }))
                let next = plan.year.start.adding(months: 12)
                if until.map({ next <= $0 }) ?? true {
                    streams.append((CostPayments(first: next, recurrence: .year, until: until, refreshYears: nil), ids.map { ($0, 1, cost(fullYear)) }))
                }
            } else {
                streams.append((CostPayments(first: start, recurrence: .year, until: until, refreshYears: nil), ids.map { ($0, 1, cost(fullYear)) }))
            }
            let districtWide = support.schools.isEmpty
            builder.add(PlannedCost(item: .written(support.what), category: .supportStaff, origin: .support, goal: nil, milestone: nil, recurrence: .year,
                                    unit: districtWide ? nil : .school, unitAmount: districtWide ? nil : cost(fullYear),
                                    units: districtWide ? nil : ids.count, refreshYears: nil,
                                    funding: support.funding?.parts.map(\.source.id) ?? [], total: .zero, spent: nil,
                                    firstPayment: start, location: support.location),
                        streams: streams, funding: support.funding)
        }
        return planned
    }

    /// A stipend or cover for each participant and facilitator of each dated session, at
    /// their own schools, in the fiscal year of the session.
    ///
    /// A held session pays who attended it (`TrainingSession.attended`: its recorded people,
    /// those who have left since among them, without whoever was absent); a session to come, its
    /// group's members now. Someone who has left is paid at the group's school, or on the
    /// district-wide line for a group of several schools: the plan no longer says where they were.
    private func addTraining(to builder: inout LineBuilder) {
        guard let costs = plan.training.costs else { return }
        let schoolOf = Dictionary(plan.staff.map { ($0.id, $0.school.id) }, uniquingKeysWith: { a, _ in a })
        let groups = Dictionary(training.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (role, amount) in [(CostItem.Trainees.participants, costs.participant), (.facilitators, costs.facilitator)] {
            guard let amount else { continue }
            // (date, school or district-wide) → people, then one payment group per session date.
            var people: [SchoolDate: [String?: Int]] = [:]
            for session in training.sessions {
                guard let group = groups[session.group] else { continue }
                let ids = role == .participants ? session.attended ?? group.members : group.facilitator.map { [$0] } ?? []
                for id in ids { people[session.date, default: [:]][schoolOf[id] ?? group.school, default: 0] += 1 }
            }
            let item = CostItem.training(role, costs.category == .stipends ? .stipend : .cover)
            let total = people.values.reduce(0) { $0 + $1.values.reduce(0, +) }
            builder.add(PlannedCost(item: item, category: costs.category, origin: .training, goal: nil, milestone: nil, recurrence: .once,
                                    unit: .staff, unitAmount: amount, units: total, refreshYears: nil,
                                    funding: costs.funding?.parts.map(\.source.id) ?? [], total: .zero, spent: nil,
                                    firstPayment: people.keys.min() ?? plan.year.start, location: costs.location),
                        sessions: people, plan.schools.map(\.id) + [nil], amount: amount, funding: costs.funding)
        }
    }

    /// Each champion's stipend, every fiscal year from this one through the budget's last.
    private func addChampionStipends(years: [FiscalYear], to builder: inout LineBuilder) {
        guard let stipend = plan.champions.stipend, !champions.assignments.isEmpty else { return }
        var bySchool: [String: Int] = [:]
        for assignment in champions.assignments { bySchool[assignment.school, default: 0] += 1 }
        let parts = plan.schools.compactMap { school in bySchool[school.id].map { (Optional(school.id), Optional($0), stipend.amount * $0) } }
        let payments = CostPayments(first: plan.year.start, recurrence: .year, until: nil, refreshYears: nil)
        builder.add(PlannedCost(item: .championStipends, category: .stipends, origin: .champions, goal: nil, milestone: nil, recurrence: .year,
                                unit: .staff, unitAmount: stipend.amount, units: champions.assignments.count, refreshYears: nil,
                                funding: stipend.funding?.parts.map(\.source.id) ?? [], total: .zero, spent: nil,
                                firstPayment: plan.year.start, location: stipend.location),
                    payments: payments, parts: parts, funding: stipend.funding)
    }

    // MARK: Equity

    /// Spending at each enrolled school per student, the median, and each flagged school's
    /// comparison among what could reach it (`SchoolSpendingCounter`).
    private func schoolSpending(_ lines: [BudgetLine], costs: [PlannedCost]) -> (schools: [SchoolSpending], median: Money?, equity: [EquityComparison]) {
        let counter = SchoolSpendingCounter(schools: plan.schools, lines: lines, costs: costs)
        let schools = counter.spending()
        return (schools, SchoolSpendingCounter.median(schools.compactMap(\.perStudent)), counter.equity())
    }
}
