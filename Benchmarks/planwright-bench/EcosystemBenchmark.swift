import PlanwrightKit

/// What the tools add to planning a state: the same plan with no inventory and with 500 tools
/// (each at a region of schools, overlapping, some unconnected or barely used), findings and
/// gate conditions included. The plan without tools is the anchor.
enum EcosystemBenchmark {
    static func run(repetitions: Int) {
        var times: [Duration] = []
        var summary = ""
        for tools in [0, 500] {
            let source = SourceText(path: "state.yaml", bytes: Array(StatePlan.yaml(goals: 200, budget: false, tools: tools).utf8))
            guard let plan = PlanLoader().load(source).plan else { print("the generated plan did not load"); return }
            times.append(best(of: repetitions) {
                let planned = Planner().plan(plan)
                summary = "\(planned.ecosystem?.tools.count ?? 0) tools, \(planned.ecosystem?.findings.count ?? 0) findings"
            })
        }
        print("plan the state without its tools   \(format(times[0]))")
        print("plan the state with its tools      \(format(times[1]))   (\(summary); \(ratio(times[1], times[0])) the plan without)")
    }
}
