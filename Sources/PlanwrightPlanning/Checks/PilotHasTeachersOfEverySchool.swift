import PlanwrightDocument
import PlanwrightModel

/// Pitfall 3 of the evaluation brief: technology chosen with little say from the teachers who
/// will use it fits their classrooms badly, and is dropped or used only as a stand-in for old
/// routines. A pilot is where a rollout hears its teachers, so a rollout whose goal's pilot has
/// no teacher from a school it reaches goes to that school unheard. Judged only where a pilot
/// names its group or asks for one (a pilot without `participants` says nothing of who is in it),
/// and only for schools where the rollout reaches a teacher the plan lists.
struct PilotHasTeachersOfEverySchool: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        guard !context.pilots.isEmpty else { return [] }
        let pilotsByGoal = Dictionary(grouping: context.pilots, by: \.goal)
        let staffByID = Dictionary(plan.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(plan.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let schoolOrder = Dictionary(plan.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var diagnostics: [Diagnostic] = []
        for rollout in plan.milestones where rollout.kind == .rollout && rollout.status != .done {
            guard let pilots = pilotsByGoal[rollout.goal] else { continue }
            let heard = Set(pilots.flatMap(\.members).compactMap { staffByID[$0.staff] }.filter { $0.role == .teacher }.flatMap(\.schoolIds))
            let scopeSchools = Set(rollout.scope.schools)
            let reached = Set(context.scopeStaff.staff(in: rollout.scope).filter { $0.role == .teacher && !$0.districtWide }
                .flatMap(\.schoolIds).filter { scopeSchools.isEmpty || scopeSchools.contains($0) })
            let unheard = reached.subtracting(heard).sorted { (schoolOrder[$0] ?? .max, $0) < (schoolOrder[$1] ?? .max, $1) }
            guard !unheard.isEmpty else { continue }
            diagnostics.append(.warning(message(rollout, pilots: pilots.map(\.pilot), unheard: unheard.map { names[$0] ?? $0 }), at: rollout.location))
        }
        return diagnostics
    }

    private func message(_ rollout: Milestone, pilots: [String], unheard: [String]) -> Message {
        let shown: [Message.Value] = unheard.count > 4
            ? unheard.prefix(3).map { .text($0) } + [.message(Message("check_more_schools", count: unheard.count - 3))]
            : unheard.map { .text($0) }
        let pilot = pilots.count == 1 ? Message("check_pilot_its_pilot", ["pilot": .text(pilots[0])])
            : Message("check_pilot_its_pilots", ["pilots": .texts(pilots.map { "'\($0)'" })])
        let from = unheard.count == 1 ? Message("check_pilot_from_it") : unheard.count == 2 ? Message("check_pilot_from_either") : Message("check_pilot_from_any")
        // `count` is the pilots': "its pilot has", "its pilots have".
        return Message("check_pilot_misses_schools", count: pilots.count, [
            "rollout": .text(rollout.id), "schools": .list(shown), "pilot": .message(pilot), "from": .message(from),
        ])
    }
}
