import PlanwrightKit

/// Planning people at state scale: champion matching (a min-cost flow per school), training
/// tracks, groups and sessions, with the rest of the planner. Schools keep ~50 staff each, so
/// 10,000 staff means 200 schools and 100,000 means 2,000; growth should be linear.
enum PeopleBenchmark {
    static func run(repetitions: Int) {
        var times: [Duration] = []
        for (schools, staff) in [(200, 10_000), (2_000, 100_000)] {
            let source = SourceText(path: "state.yaml", bytes: Array(StatePlan.yaml(schools: schools, staff: staff, goals: 20).utf8))
            guard let plan = PlanLoader().load(source).plan else { print("the generated plan did not load"); return }
            var summary = ""
            let time = best(of: repetitions) {
                let planned = Planner().plan(plan)
                let placed = planned.champions.assignments.reduce(0) { $0 + $1.colleagues.count }
                summary = "\(planned.training.groups.count) groups, \(planned.champions.assignments.count) champions, \(placed) colleagues matched"
            }
            times.append(time)
            print("plan \(staff) staff in \(schools) schools  \(format(time))   (\(summary))")
        }
        let growth = seconds(times[1]) / seconds(times[0])
        print("10× the staff took \(String(Double(Int(growth * 10)) / 10))× the time (linear: 10×)")
    }
}
