import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// The budget checks, each on a small plan that breaks its rule and one that keeps it: exact
/// words and the line and column a leader would fix. FY2027 is the fixture's school year (the
/// fiscal year starts July 1) and the budget looks ahead five years, FY2027–FY2031.
struct BudgetCheckTests {
    /// A plan with one goal holding `milestones` (block YAML, six spaces in) and `extra` after it.
    /// The goal starts on line 9, so a first milestone's first cost is on line 19.
    static func plan(schools: String = "[{ id: north, name: North Elementary, students: 100 }]", milestones: String, extra: String = "") -> String {
        PlanFixture.yaml(schools: schools, goals: """

              - id: g
                title: Goal
                indicators: [shared-vision]
                milestones:
            \(milestones)
            """, extra: extra)
    }

    /// A milestone with `costs` (flow mappings, one a line).
    static func milestone(_ id: String = "a", kind: String = "task", schools: String = "[north]", costs: [String]) -> String {
        """
              - id: \(id)
                title: \(id == "a" ? "Wi-Fi" : id)
                days: 3
                kind: \(kind)
                schools: \(schools)
                costs:
        \(costs.map { "          - \($0)" }.joined(separator: "\n"))
        """
    }

    static func funding(_ sources: String...) -> String { "funding:\n" + sources.map { "  - \($0)" }.joined(separator: "\n") }

    static let titleIV = "{ id: t4, name: Title IV-A, amount: 64000, restrictions: { max_share: { infrastructure: 15% } } }"

    /// The plan's context as checks get it; the only errors a fixture may have are the budget's own.
    func context(_ yaml: String) throws -> CheckContext {
        let result = PlanFixture.run(yaml)
        let plan = try #require(result.plan, "\(result.diagnostics.map(\.message))")
        let planned = try #require(result.improvementPlan)
        let context = CheckContext(plan: plan, milestones: planned.milestones, goalsByCycle: [:], cycles: planned.cycles,
                                   champions: planned.champions, training: planned.training, budget: planned.budget, scopeStaff: ScopeStaff(plan), scopeSchools: ScopeSchools(plan.schools),
                                   calendar: SchoolCalendar(year: plan.year, schools: plan.schools))
        let budgetErrors = Set(FundingRestrictionsKept().diagnostics(in: context).map(\.message))
        #expect(result.diagnostics.filter { $0.severity == .error && !budgetErrors.contains($0.message) }.isEmpty, "\(result.diagnostics.map(\.message))")
        return context
    }

    /// Each diagnostic as "line:column severity: message".
    func said(_ check: some PlanCheck, _ yaml: String) throws -> [String] {
        try check.diagnostics(in: context(yaml)).map { d in
            "\(d.location.map { "\($0.line):\($0.column)" } ?? "-") \(d.severity.rawValue): \(d.message)"
        }
    }

    // MARK: FundingRestrictionsKept

    @Test func shareCapBrokenInAYear() throws {
        let broken = Self.plan(milestones: Self.milestone(costs: ["{ item: Wireless access points, category: infrastructure, amount: 14200, funding: t4 }"]),
                               extra: Self.funding(Self.titleIV))
        #expect(try said(FundingRestrictionsKept(), broken) == [
            "19:13 error: Wireless access points would put infrastructure at $14,200 of the $64,000 from Title IV-A in FY2027, over its 15% cap ($9,600) by $4,600; move part of it to another source",
        ])
        let kept = Self.plan(milestones: Self.milestone(costs: ["{ item: Wireless access points, category: infrastructure, amount: 9600, funding: t4 }",
                                                               "{ item: Laptops, category: devices, amount: 40000, funding: t4 }"]),
                             extra: Self.funding(Self.titleIV))
        #expect(try said(FundingRestrictionsKept(), kept) == [])
    }

    @Test func shareCapNamesTheCostThatPushesItOver() throws {
        // The first cost fits under the cap; the second takes it over, and the third adds to it:
        // one error, at the second. The cap is the year's: spending a year later is its own year's.
        let yaml = Self.plan(milestones: Self.milestone(costs: ["{ item: Switches, category: infrastructure, amount: 6000, funding: t4 }",
                                                               "{ item: Cabling, category: infrastructure, amount: 5000, funding: t4 }",
                                                               "{ item: Racks, category: infrastructure, amount: 1000, funding: t4 }",
                                                               "{ item: Next year's cabling, category: infrastructure, amount: 9000, on: 2027-08-02, funding: t4 }"]),
                             extra: Self.funding(Self.titleIV))
        #expect(try said(FundingRestrictionsKept(), yaml) == [
            "20:13 error: Cabling and the cost after it would put infrastructure at $12,000 of the $64,000 from Title IV-A in FY2027, over its 15% cap ($9,600) by $2,400; move part of them to another source",
        ])
    }

    @Test func shareCapOfAPooledTotalIsOverAllItsYears() throws {
        let grant = "{ id: grant, name: Tech grant, total: 40000, from: FY2027, to: FY2028, restrictions: { max_share: { software: 50% } } }"
        let broken = Self.plan(milestones: Self.milestone(costs: ["{ item: Reading app, category: software, amount: 12000, every: year, on: 2026-09-01, until: 2028-06-30, funding: grant }"]),
                               extra: Self.funding(grant))
        #expect(try said(FundingRestrictionsKept(), broken) == [
            "19:13 error: Reading app would put software at $24,000 of the $40,000 from Tech grant in FY2027–FY2028, over its 50% cap ($20,000) by $4,000; move part of it to another source",
        ])
        let kept = Self.plan(milestones: Self.milestone(costs: ["{ item: Reading app, category: software, amount: 10000, every: year, on: 2026-09-01, until: 2028-06-30, funding: grant }"]),
                             extra: Self.funding(grant))
        #expect(try said(FundingRestrictionsKept(), kept) == [])
    }

    static let erate = "{ id: erate, name: E-Rate Category 2, restrictions: { per_student: { amount: 50, floor: 1000 } } }"

    @Test func perStudentBudgetBrokenAndKept() throws {
        let broken = Self.plan(milestones: Self.milestone(costs: ["{ item: Access points, category: infrastructure, amount: 4000, funding: erate }",
                                                               "{ item: Switches, category: infrastructure, amount: 2000, funding: erate }"]),
                               extra: Self.funding(Self.erate))
        #expect(try said(FundingRestrictionsKept(), broken) == [
            "20:13 error: Switches would put E-Rate Category 2 at $6,000, over its $5,000 budget for FY2027–FY2031 (100 students at $50, or $1,000 a school at 1 school, whichever is more) by $1,000; move part of it to another source",
        ])
        let kept = Self.plan(milestones: Self.milestone(costs: ["{ item: Access points, category: infrastructure, amount: 4000, funding: erate }",
                                                             "{ item: Switches, category: infrastructure, amount: 1000, funding: erate }"]),
                             extra: Self.funding(Self.erate))
        #expect(try said(FundingRestrictionsKept(), kept) == [])
        // A small school gets the floor: 10 students at $50 is $500, but its budget is $1,000.
        let small = Self.plan(schools: "[{ id: north, name: North Elementary, students: 10 }]",
                              milestones: Self.milestone(costs: ["{ item: Access points, category: infrastructure, amount: 1000, funding: erate }"]),
                              extra: Self.funding(Self.erate))
        #expect(try said(FundingRestrictionsKept(), small) == [])
    }

    @Test func perStudentBudgetNeedsEverySchoolsStudents() throws {
        // The budget is the district's, so every school's students count, even a school with no E-Rate work.
        let unenrolled = Self.plan(schools: "[{ id: north, name: North Elementary, students: 100 }, { id: south, name: South Elementary }]",
                                   milestones: Self.milestone(costs: ["{ item: Access points, category: infrastructure, amount: 4000, funding: erate }"]),
                                   extra: Self.funding(Self.erate))
        #expect(try said(FundingRestrictionsKept(), unenrolled) == [
            "6:65 error: South Elementary has no 'students', and E-Rate Category 2's budget is counted from every school's students; add 'students' to the school so the budget can be counted",
        ])
    }

    static let grant = "{ id: grant, name: State digital-learning grant, total: 40000, from: FY2027, to: FY2028, restrictions: { ends: 2027-06-30 } }"

    @Test func purchaseAfterTheGrantEnds() throws {
        let late = Self.plan(milestones: Self.milestone(costs: ["{ item: Document cameras, category: devices, amount: 3000, on: 2027-08-02, funding: grant }"]),
                             extra: Self.funding(Self.grant))
        #expect(try said(FundingRestrictionsKept(), late) == [
            "19:13 error: Document cameras is paid on Mon, Aug 2, 2027, after State digital-learning grant ends on Wed, Jun 30, 2027; pay for it while the source has money, or charge it to another source",
        ])
        // In Spanish the days are the language's own, in its order.
        let spanish = try #require(Wording.load(language: "es").value)
        let saidInSpanish = try FundingRestrictionsKept().diagnostics(in: context(late)).map { spanish.say($0.content) }
        #expect(saidInSpanish.count == 1 && saidInSpanish[0].contains("2 ago 2027") && saidInSpanish[0].contains("30 jun 2027"), "\(saidInSpanish)")
        #expect(!saidInSpanish.joined().contains("Aug") && !saidInSpanish.joined().contains("Wed"), "\(saidInSpanish)")
        let inTime = Self.plan(milestones: Self.milestone(costs: ["{ item: Document cameras, category: devices, amount: 3000, on: 2027-06-01, funding: grant }"]),
                               extra: Self.funding(Self.grant))
        #expect(try said(FundingRestrictionsKept(), inTime) == [])
        let early = Self.plan(milestones: Self.milestone(costs: ["{ item: Document cameras, category: devices, amount: 3000, on: 2026-09-01, funding: later }"]),
                              extra: Self.funding("{ id: later, name: Bond, amount: 5000, from: FY2028 }"))
        #expect(try said(FundingRestrictionsKept(), early) == [
            "19:13 error: Document cameras is paid on Tue, Sep 1, before Bond starts in FY2028; pay for it while the source has money, or charge it to another source",
        ])
    }

    // MARK: FundingNotOverCommitted

    @Test func overCommittedSources() throws {
        let perYear = Self.plan(milestones: Self.milestone(costs: ["{ item: Laptops, category: devices, amount: 70000, funding: t4 }",
                                                                "{ item: Tablets, category: devices, amount: 66000, on: 2028-08-01, funding: t4 }"]),
                                extra: Self.funding(Self.titleIV))
        #expect(try said(FundingNotOverCommitted(), perYear) == [
            "22:5 warning: Title IV-A is over-committed: the plan charges it more than its $64,000 a year in FY2027 by $6,000 and FY2029 by $2,000; move costs to another source or plan less",
        ])
        // In Spanish the fiscal years are the strings file's ("AF") and the money is written by the language.
        let spanish = try #require(Wording.load(language: "es").value)
        #expect(try FundingNotOverCommitted().diagnostics(in: context(perYear)).map { spanish.say($0.content) } == [
            "Title IV-A está sobrecomprometida: el plan le carga más de sus $64,000 al año en AF2027 por $6,000 y AF2029 por $2,000; pase costos a otra fuente o planifique menos",
        ])
        let pooled = Self.plan(milestones: Self.milestone(costs: ["{ item: Reading app, category: software, amount: 25000, every: year, on: 2026-09-01, funding: grant }"]),
                               extra: Self.funding("{ id: grant, name: Tech grant, total: 40000, from: FY2027, to: FY2028 }"))
        #expect(try said(FundingNotOverCommitted(), pooled) == [
            "21:5 warning: Tech grant is over-committed: the plan charges it $50,000 in FY2027–FY2028 against its $40,000, $10,000 over; move costs to another source or plan less",
        ])
        let within = Self.plan(milestones: Self.milestone(costs: ["{ item: Laptops, category: devices, amount: 64000, funding: t4 }"]),
                               extra: Self.funding(Self.titleIV))
        #expect(try said(FundingNotOverCommitted(), within) == [])
    }

    // MARK: SpendingReachesFlaggedSchools

    static let threeSchools = "[{ id: north, name: North Elementary, students: 100, needs_support: [bandwidth] }, { id: south, name: South Elementary, students: 100 }, { id: east, name: East Elementary, students: 200 }]"

    static func spending(north: Int) -> String {
        milestone("n", schools: "[north]", costs: ["{ item: North Wi-Fi, category: infrastructure, amount: \(north), funding: gf }"]) + "\n"
            + milestone("s", schools: "[south]", costs: ["{ item: South Wi-Fi, category: infrastructure, amount: 1000, funding: gf }"]) + "\n"
            + milestone("e", schools: "[east]", costs: ["{ item: East Wi-Fi, category: infrastructure, amount: 1000, funding: gf }"])
    }

    static let generalFund = "{ id: gf, name: General fund, amount: 100000 }"

    @Test func flaggedSchoolBelowTheMedian() throws {
        // Per student: north $3.00, south $10.00, east $5.00; the median is $5.00.
        let below = Self.plan(schools: Self.threeSchools, milestones: Self.spending(north: 300), extra: Self.funding(Self.generalFund))
        #expect(try said(SpendingReachesFlaggedSchools(), below) == [
            "6:11 warning: North Elementary is flagged as needing support, but the plan spends $3 per student there against a district median of $5 ($2 less) over FY2027–FY2031; schools that might otherwise struggle need infrastructure, support staff and future upgrades planned and budgeted first",
        ])
        let above = Self.plan(schools: Self.threeSchools, milestones: Self.spending(north: 2000), extra: Self.funding(Self.generalFund))
        #expect(try said(SpendingReachesFlaggedSchools(), above) == [])
        let unenrolled = "[{ id: north, name: North Elementary, needs_support: [bandwidth] }, { id: south, name: South Elementary, students: 100 }, { id: east, name: East Elementary, students: 200 }]"
        #expect(try said(SpendingReachesFlaggedSchools(), Self.plan(schools: unenrolled, milestones: Self.spending(north: 300), extra: Self.funding(Self.generalFund))) == [
            "6:11 warning: North Elementary is flagged as needing support, but its spending per student cannot be compared with the district's until it has 'students' (its enrollment); add them so the budget can show it gets its share",
        ])
    }

    @Test func devicesBoughtForSeveralSchoolsCountAtEachByEnrollment() throws {
        // North's $300 of its own is below the median, but it shares $2,700 of devices with
        // East (100 and 200 students): $900 of them is North's, $12 per student in all, which
        // is the median (south $10, east $14).
        let shared = Self.spending(north: 300) + "\n" + Self.milestone("d", schools: "[north, east]", costs: ["{ item: Chromebooks, category: devices, amount: 2700, funding: gf }"])
        let yaml = Self.plan(schools: Self.threeSchools, milestones: shared, extra: Self.funding(Self.generalFund))
        #expect(try said(SpendingReachesFlaggedSchools(), yaml) == [])
        let north = try #require(context(yaml).budget.schools.first { $0.school == "north" })
        #expect(north.shared == Money(dollars: 900) && north.total == Money(dollars: 1_200) && north.perStudent == Money(dollars: 12))
    }

    // MARK: FundingCliff

    @Test func recurringCostOutlivesTheGrant() throws {
        let grant = "{ id: grant, name: State digital-learning grant, total: 40000, from: FY2027, to: FY2028, restrictions: { ends: 2028-06-30 } }"
        let cliff = Self.plan(milestones: Self.milestone(costs: ["{ item: Canvas licences, category: software, amount: 4.50, per: student, every: year, on: 2026-07-01, funding: grant }"]),
                              extra: Self.funding(grant))
        #expect(try said(FundingCliff(), cliff) == [
            "19:13 warning: Canvas licences, $450 a year from FY2029, have no funding after State digital-learning grant ends (Fri, Jun 30, 2028); find the money before FY2029 or plan to stop",
        ])
        let stops = Self.plan(milestones: Self.milestone(costs: ["{ item: Canvas licences, category: software, amount: 4.50, per: student, every: year, on: 2026-07-01, until: 2028-06-30, funding: grant }"]),
                              extra: Self.funding(grant))
        #expect(try said(FundingCliff(), stops) == [])
    }

    // MARK: RefreshFunded

    static let chromebooks = "{ item: Student Chromebooks, category: devices, amount: 329, per: device, count: 180, on: 2026-09-01, refresh: 4, funding: old }"

    @Test func refreshFallsDueInItsYear() throws {
        let yaml = Self.plan(milestones: Self.milestone(costs: [Self.chromebooks]), extra: Self.funding("{ id: old, name: Device fund, amount: 60000, to: FY2028 }"))
        let budget = try context(yaml).budget
        #expect(budget.lines.map { "\($0.year) \($0.kind.rawValue) \($0.amount.plain) \($0.isCovered)" } == [
            "FY2027 purchase 59220.00 true", "FY2031 refresh 59220.00 false",
        ])
        #expect(try said(RefreshFunded(), yaml) == [
            "19:13 warning: the replacement of Student Chromebooks (180 devices) falls due in FY2031 at $59,220, and no funding covers it; budget for it in FY2031, or plan to keep them longer",
        ])
        let funded = Self.plan(milestones: Self.milestone(costs: [Self.chromebooks]), extra: Self.funding("{ id: old, name: Device fund, amount: 60000 }"))
        #expect(try said(RefreshFunded(), funded) == [])
        // Split between a fund that lasts and one that stops after FY2028: the stopped 40% is unpaid.
        let split = Self.plan(milestones: Self.milestone(costs: [Self.chromebooks.replacingPresent("funding: old", with: "funding: { gf: 60%, old: 40% }")]),
                              extra: Self.funding(Self.generalFund, "{ id: old, name: Device fund, amount: 60000, to: FY2028 }"))
        #expect(try said(RefreshFunded(), split) == [
            "19:13 warning: the replacement of Student Chromebooks (180 devices) falls due in FY2031 at $59,220, and no funding covers $23,688 of it; budget for it in FY2031, or plan to keep them longer",
        ])
    }

    // MARK: RolloutBudgetsSupport

    @Test func rolloutWithoutSupportOrTraining() throws {
        let rollout = Self.milestone(costs: ["{ item: Screen-management licences, category: software, amount: 3.25, per: student, every: year, funding: gf }"])
            .replacingPresent("kind: task", with: "kind: rollout")
        let bare = Self.plan(milestones: rollout, extra: Self.funding(Self.generalFund))
        #expect(try said(RolloutBudgetsSupport(), bare) == [
            "13:9 warning: the rollout 'Wi-Fi' has no budgeted support or training: add on-site support for its schools under 'support:', or training costs under 'training: costs:', so people have help as they start",
        ])
        let supported = Self.plan(milestones: rollout, extra: Self.funding(Self.generalFund) + "\nsupport:\n  - { what: On-site technician, schools: [north], days_per_week: 1, cost_per_day: 310, funding: gf }")
        #expect(try said(RolloutBudgetsSupport(), supported) == [])
        let trained = Self.plan(milestones: rollout, extra: Self.funding(Self.generalFund) + "\ntraining:\n  costs: { participant: 35, funding: gf }")
        #expect(try said(RolloutBudgetsSupport(), trained) == [])
        // A plan without a budget says nothing about money.
        #expect(try said(RolloutBudgetsSupport(), PlanFixture.yaml(goals: PlanFixture.goal("{ id: go, title: Go, days: 3, kind: rollout }"))) == [])
    }

    // MARK: EveryYearFunded

    @Test func yearsWithNoFundingAndUnfundedCosts() throws {
        let yaml = Self.plan(milestones: Self.milestone(costs: ["{ item: Rostering service, category: software, amount: 2400, every: year, on: 2026-09-01, until: 2029-08-31, funding: gf }",
                                                             "{ item: Headphones, category: devices, amount: 900 }"]),
                             extra: Self.funding("{ id: gf, name: General fund, amount: 100000, to: FY2028 }"))
        #expect(try said(EveryYearFunded(), yaml) == [
            "19:13 warning: FY2029 has $2,400 of costs but no funding source has money that year; add a source whose years include FY2029, or move the costs",
            "20:13 warning: Headphones has no funding: say which source pays with 'funding'",
        ])
        let funded = Self.plan(milestones: Self.milestone(costs: ["{ item: Rostering service, category: software, amount: 2400, every: year, on: 2026-09-01, until: 2028-08-31, funding: gf }"]),
                               extra: Self.funding(Self.generalFund))
        #expect(try said(EveryYearFunded(), funded) == [])
    }

    // MARK: The checks run with the others

    @Test func budgetChecksRunWithThePlan() throws {
        let names = Set(PlanChecks.all.map { String(describing: type(of: $0)) })
        for check in ["FundingRestrictionsKept", "FundingNotOverCommitted", "SpendingReachesFlaggedSchools", "FundingCliff", "RefreshFunded",
                      "RolloutBudgetsSupport", "EveryYearFunded"] {
            #expect(names.contains(check), "\(check) is not in PlanChecks.all")
        }
        // A broken restriction is an error of the plan: `check` exits 1 on it.
        let broken = Self.plan(milestones: Self.milestone(costs: ["{ item: Wireless access points, category: infrastructure, amount: 14200, funding: t4 }"]),
                               extra: Self.funding(Self.titleIV))
        let result = PlanFixture.run(broken)
        #expect(result.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.line ?? 0) \($0.message.prefix(40))" } == ["19 Wireless access points would put infrast"])
    }
}
