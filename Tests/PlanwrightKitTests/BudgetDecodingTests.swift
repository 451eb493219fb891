import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// The budget's keys read exactly, and every problem in them reported at its own line and
/// column in words a business manager would use.
struct BudgetDecodingTests {
    /// A plan whose goal (from line 9) carries `costs` (block YAML, indented 4), with `extra` after it.
    static func plan(costs: String, extra: String = defaultFunding) -> PlanPipeline.Result {
        let goals = "\n  - id: g\n    title: Goal\n    indicators: [shared-vision]\n    milestones: [{ id: m, title: Set up, days: 5 }]\n    costs:\n" + costs
        return PlanFixture.run(PlanFixture.yaml(schools: "[{ id: north, name: North Elementary, students: 100 }]", goals: goals, extra: extra))
    }

    static let defaultFunding = """
        funding:
          - { id: general-fund, name: General fund, amount: 50000 }
        """

    /// The errors as `line:column message`.
    static func errors(_ result: PlanPipeline.Result) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
    }

    @Test func aWellWrittenCostIsReadExactly() throws {
        let result = Self.plan(costs: "      - { item: Licences, category: software, amount: \"18,400.50\", every: year, funding: general-fund }\n")
        #expect(Self.errors(result).isEmpty)
        let cost = try #require(result.value.plan?.goals.first?.costs.first)
        #expect(cost.amount == Money(cents: 1_840_050))
        #expect(cost.every == .year)
        #expect(cost.funding?.parts.map(\.source.id) == ["general-fund"])
    }

    @Test func badAmountsAreErrorsAtTheirValue() {
        let result = Self.plan(costs: """
                  - { item: A, category: software, amount: 12.345 }
                  - { item: B, category: software, amount: -40 }
                  - { item: C, category: software, amount: lots }
                  - { item: D, category: software, amount: 99999999999 }
            """)
        #expect(Self.errors(result) == [
            "14:48 'amount' of cost 'A' is 12.345, which has a fraction of a cent; write at most two decimals, such as 12.34",
            "15:48 'amount' of cost 'B' is -40: an amount can't be negative; write it as 0 or more",
            "16:48 'amount' of cost 'C' must be an amount of money in dollars and cents, such as 18400 or 18,400.50; found 'lots'",
            "17:48 'amount' of cost 'D' is 99999999999, more than $1,000,000,000 on one line; check for a typo",
        ])
    }

    @Test func unknownSourcesAndCategoriesAreErrorsAtTheirWord() {
        let result = Self.plan(costs: """
                  - { item: Carts, category: furniture, amount: 100 }
                  - { item: Wi-Fi, category: infrastructure, amount: 100, funding: general-fnd }
                  - { item: Split, category: devices, amount: 100, funding: { general-fund: 60%, erate: 30% } }
            """)
        let errors = Self.errors(result)
        #expect(errors.contains { $0.hasPrefix("14:34 'category' of cost 'Carts' must be one of devices, infrastructure, software, support_staff, training, stipends, other; found 'furniture'") })
        #expect(errors.contains("15:72 cost 'Wi-Fi' is paid by 'general-fnd', but there is no such funding source under 'funding'; did you mean 'general-fund'?"))
        #expect(errors.contains("16:65 the shares of 'funding' of cost 'Split' add up to 90%; they must add up to 100%"))
    }

    @Test func aCostSaysWhatItCountsAndHowOften() {
        let result = Self.plan(costs: """
                  - { item: Laptops, category: devices, amount: 300, per: device }
                  - { item: Hotspots, category: devices, amount: 10, count: 5 }
                  - { item: Setup, category: software, amount: 100, until: 2027-06-30 }
                  - { item: Apps, category: software, amount: 100, refresh: 3 }
            """)
        #expect(Self.errors(result) == [
            "14:9 cost 'Laptops' is per device, but says not how many; add 'count', such as count: 480",
            "15:65 cost 'Hotspots' has a 'count' but no 'per'; say what is counted, such as per: device",
            "16:64 cost 'Setup' is paid once, so it has no last payment; remove 'until', or say how often it recurs with 'every: year' or 'every: month'",
            "17:65 cost 'Apps' is software, which is not refreshed; 'refresh' is for devices and infrastructure that wear out",
        ])
    }

    @Test func fundingSourcesSayHowMuchOnce() {
        let result = Self.plan(costs: "      - { item: A, category: software, amount: 1, funding: grant }\n", extra: """
            budget: { currency: dollars, fiscal_year_start: 07-31 }
            funding:
              - { id: grant, name: Grant, amount: 100, total: 500 }
              - { id: empty, name: Nothing said }
              - { id: late, name: Late, amount: 5, from: FY2029, to: FY2027 }
            """)
        #expect(Self.errors(result) == [
            "16:21 'currency' of the budget must be a three-letter currency code, such as USD; found 'dollars'",
            "16:49 'fiscal_year_start' of the budget must be a month and day written MM-DD, such as 07-01 for July 1 (days 29-31 are not taken: not every month has them); found '07-31'",
            "18:51 funding source 'grant' has both 'amount' (each year) and 'total' (over all its years); keep the one its award letter gives",
            "19:5 funding source 'empty' needs 'amount' (each fiscal year) or 'total' (over from-to), or a 'per_student' budget under 'restrictions'",
            "20:58 funding source 'late' runs from FY2029 to FY2027, which ends before it starts",
        ])
    }

    @Test func restrictionsAreRead() throws {
        let result = Self.plan(costs: "      - { item: A, category: software, amount: 1, funding: title }\n", extra: """
            funding:
              - id: title
                name: Title IV-A
                amount: 64,000
                restrictions:
                  max_share: { infrastructure: 15% }
                  per_student: { amount: 199.43, floor: 27850 }
                  ends: 2028-09-30
            """)
        #expect(Self.errors(result).isEmpty)
        let source = try #require(result.value.plan?.funding.first)
        #expect(source.restrictions.maxShare.map(\.value) == [CategoryShare(category: .infrastructure, share: Share(basisPoints: 1_500))])
        // District-wide: the students of every school, or the floor for each school, whichever is more.
        #expect(source.restrictions.perStudent?.budget(students: [100]) == Money(dollars: 27_850))
        #expect(source.restrictions.perStudent?.budget(students: [100, 100]) == Money(dollars: 55_700))
        #expect(source.restrictions.perStudent?.budget(students: [418]) == Money(cents: 8_336_174))
        #expect(source.restrictions.perStudent?.budget(students: [100, 318]) == Money(cents: 8_336_174))
        #expect(source.restrictions.ends?.value == SchoolDate(iso: "2028-09-30"))
    }
}

extension BudgetDecodingTests {
    /// The budget `planwright init` shows commented out is a budget the plan reads once uncommented.
    @Test func theSkeletonsBudgetExamplesRead() throws {
        let framework = try #require(FrameworkLibrary().load("edtech-systems", relativeTo: "plan.yaml", at: SourceLocation(file: "plan.yaml", line: 1, column: 1)).framework)
        let skeleton = PlanSkeleton.render(framework: framework, reference: "edtech-systems", district: nil)
        let lines = skeleton.split(separator: "\n").drop { !$0.hasPrefix("# funding:") }.prefix { !$0.isEmpty }
        let budget = lines.filter { $0.hasPrefix("# funding:") || $0.hasPrefix("# support:") || $0.hasPrefix("#   - ") }
            .map { $0.dropFirst(2).split(separator: "#", maxSplits: 1)[0] }.joined(separator: "\n").replacingPresent("riverside", with: "north")
        #expect(budget.contains("title-iv-a") && budget.contains("On-site technician"))
        let result = PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"), extra: budget))
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.message) == [])
        #expect(result.value.plan?.funding.map(\.id) == ["general-fund", "title-iv-a", "erate-c2", "state-grant"])
        // Title IV-A's technology part with its infrastructure cap; E-Rate's discount, the rest from the general fund.
        #expect(result.value.plan?.funding[1].restrictions.purposes.first?.caps == [PurposeCap(categories: [.devices, .infrastructure, .software], share: Share(basisPoints: 1_500))])
        #expect(result.value.plan?.funding[2].restrictions.discount?.value == Share(basisPoints: 7_000))
        #expect(result.value.plan?.funding[2].restrictions.restPaidBy?.id == "general-fund")
        #expect(result.value.improvementPlan?.budget.support.first?.daysWords(.english) == "2 days a week")
    }
}
