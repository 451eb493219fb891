import PlanwrightKit

/// Planning time for large milestone graphs: 10,000 milestones with about 30,000 dependencies
/// on a full school year, against 1,000, to show the growth is near-linear.
enum ScheduleBenchmark {
    static func run(repetitions: Int) {
        var results: [(count: Int, time: Duration)] = []
        for count in [1_000, 10_000] {
            let source = SourceText(path: "milestones.yaml", bytes: Array(yaml(milestones: count).utf8))
            guard let plan = PlanLoader().load(source).plan else { print("the generated plan did not load"); return }
            var scheduled = 0
            let time = best(of: repetitions) { scheduled = Planner().plan(plan).milestones.count }
            results.append((count, time))
            print("plan \(count) milestones (~\(count * 3) dependencies)  \(format(time))   (\(scheduled) scheduled)")
        }
        let growth = seconds(results[1].time) / seconds(results[0].time)
        print("10× the milestones took \(String(Double(Int(growth * 10)) / 10))× the time (linear: 10×); target: 10,000 well under 100 ms")
        statusMidYear(repetitions: repetitions, asOfYearStart: results[1].time)
    }

    /// `status` in February: the plan as written and the re-plan from the date, two schedules.
    static func statusMidYear(repetitions: Int, asOfYearStart: Duration) {
        let source = SourceText(path: "milestones.yaml", bytes: Array(yaml(milestones: 10_000).utf8))
        guard let plan = PlanLoader().load(source).plan else { return }
        var late = 0
        let planner = Planner(asOf: SchoolDate(iso: "2027-02-15"))
        let time = best(of: repetitions) { late = planner.plan(plan).progress.count(.late) }
        let ratio = seconds(time) / seconds(asOfYearStart)
        print("status of 10000 milestones as of 2027-02-15  \(format(time))   (\(late) late, re-planned; \(String(Double(Int(ratio * 10)) / 10))× planning as of the first day)")
    }

    /// Each milestone comes after up to three of the ten before it, in 100 goals.
    static func yaml(milestones: Int) -> String {
        var out = """
        planwright: 1
        district: { name: Bench, vision: Fast., team: [{ name: Pat Kim, role: Teacher }] }
        framework: edtech-systems
        year:
          start: 2026-08-24
          end: 2027-06-11
          closed: [{ name: Winter break, from: 2026-12-21, to: 2027-01-01 }, { name: Spring break, from: 2027-03-22, to: 2027-03-26 }]
          testing: [{ name: State testing, from: 2027-04-19, to: 2027-05-07 }]
        assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 2, target: 4 } } }
        schools: [{ id: one, name: One }]
        staff: [{ id: p1, name: Pat Kim, school: one }]
        goals:

        """
        let perGoal = milestones / 100
        var id = 0
        for goal in 0..<100 {
            out += "  - id: goal\(goal)\n    title: Goal \(goal)\n    indicators: [shared-vision]\n    milestones:\n"
            for step in 0..<perGoal {
                let after = [1, 4, 9].filter { step >= $0 }.map { "m\(id - $0)" }
                out += "      - { id: m\(id), title: Step \(step), days: \(id % 4 + 1)\(after.isEmpty ? "" : ", after: [\(after.joined(separator: ", "))]") }\n"
                id += 1
            }
        }
        return out
    }
}
