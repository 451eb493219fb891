import PlanwrightDocument
import PlanwrightComparison

/// The diff's Pilot groups section: for each pilot whose group changed, its size before and
/// after, then who joined and who left, school by school — what leaders check before a pilot
/// that should hear from every school.
extension DiffWriter {
    func pilots(_ changes: [PilotGroupChange]) -> String {
        guard !changes.isEmpty else { return "" }
        return "\n### \(w(.diffPilotsHeading))\n\n" + changes.map { change in
            "- \(milestone(change.pilot, change.title)): \(size(change))\n" + change.schools.map { school in
                let moves = (school.joined.isEmpty ? [] : [w.count(.diffPilotJoined, school.joined.count, ["names": names(school.joined)])])
                    + (school.left.isEmpty ? [] : [w.count(.diffPilotLeft, school.left.count, ["names": names(school.left)])])
                return "  - \(escape(school.name)): \(moves.joined(separator: "; "))\n"
            }.joined()
        }.joined()
    }

    /// "6 people (was 5)", "a new group of 6 people, proposed by the planner", "no group now (was 5 people)".
    private func size(_ c: PilotGroupChange) -> String {
        switch (c.oldSize, c.newSize) {
        case let (was?, now?): return nowWas(w.count(.diffPilotPeople, now), w.count(.diffPilotPeople, was))
        case let (nil, now?):
            return w(c.source == .proposed ? .diffPilotNewProposed : .diffPilotNewListed, ["people": w.count(.diffPilotPeople, now)])
        case let (was?, nil): return w(.diffPilotGone, ["people": w.count(.diffPilotPeople, was)])
        case (nil, nil): return ""
        }
    }
}
