import PlanwrightKit

/// What the budget adds to planning a state: the same 2,000 schools and 100,000 staff planned
/// with and without their budget (about 2,000 costs expanded into lines for five fiscal years,
/// support at 200 schools, training and champion stipends, and every budget check). The plan
/// without a budget is the anchor.
enum BudgetBenchmark {
    static func run(repetitions: Int) {
        var times: [Duration] = []
        var summary = ""
        for budget in [false, true] {
            let source = SourceText(path: "state.yaml", bytes: Array(StatePlan.yaml(goals: 200, budget: budget).utf8))
            guard let plan = PlanLoader().load(source).plan else { print("the generated plan did not load"); return }
            times.append(best(of: repetitions) {
                let planned = Planner().plan(plan)
                summary = "\(planned.budget.costs.count) costs, \(planned.budget.lines.count) lines, \(planned.budget.currency.words(planned.budget.total()))"
            })
        }
        print("plan the state without its budget  \(format(times[0]))")
        print("plan the state with its budget     \(format(times[1]))   (\(summary); \(ratio(times[1], times[0])) the plan without)")
    }
}
