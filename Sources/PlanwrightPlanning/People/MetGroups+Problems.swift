import PlanwrightDocument
import PlanwrightModel

/// What `training: groups:` may get wrong, told at the entry to fix. A person is in one group of
/// a programme, so a second entry for them is a mistake (`MetGroups` keeps the first). An id that
/// names nobody on the staff is most often someone who left, and their record stays silently;
/// but it may be a typo, and then the person meant would be regrouped and the typo paid as a
/// leaver for sessions nobody of that id attended.
extension MetGroups {
    /// The warnings for the groups recorded for `programme`, whose scope reaches `staff`.
    func problems(of programme: String, staff: [StaffMember]) -> [Diagnostic] {
        let recorded = plan.training.groups.filter { $0.group.value.hasPrefix(programme + ".") }
        guard !recorded.isEmpty else { return [] }
        let names = Dictionary(plan.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var diagnostics: [Diagnostic] = []
        var first: [String: (group: String, at: SourceLocation)] = [:]
        for met in recorded {
            for member in met.members {
                guard let earlier = first[member.id] else { first[member.id] = (met.group.value, member.location); continue }
                guard earlier.group != met.group.value else { continue }
                let who = names[member.id].map { "\(Excerpt.of($0)) ('\(Excerpt.of(member.id))')" } ?? "'\(Excerpt.of(member.id))'"
                diagnostics.append(.warning(Message("people_in_two_met_groups", [
                                                "who": .text(who), "group": .text(Excerpt.of(met.group.value)), "earlier": .text(Excerpt.of(earlier.group)),
                                                "line": .text(String(earlier.at.line)), "id": .text(Excerpt.of(member.id)),
                                            ]), at: member.location))
            }
        }
        return diagnostics + possibleTypos(in: recorded, recordedIDs: Set(first.keys), staff: staff, names: names)
    }

    /// An id on no staff entry is read as someone who left, unless it is a did-you-mean away from
    /// a person the programme trains who is in none of its recorded groups and did not join after
    /// the group met: the one a typo would have left out. Ids of a district's staff are often
    /// close to each other (`e-04`, `e-05`), so a leaver is told apart by the person it is close
    /// to being recorded already.
    private func possibleTypos(in recorded: [MetGroup], recordedIDs: Set<String>, staff: [StaffMember], names: [String: String]) -> [Diagnostic] {
        let onStaff = Set(plan.staff.map(\.id))
        var diagnostics: [Diagnostic] = []
        for met in recorded {
            let unknown = met.members.filter { !onStaff.contains($0.id) }
            guard !unknown.isEmpty else { continue }
            let firstMet = plan.training.held.filter { $0.session.value.hasPrefix(met.group.value + "/") }.map(\.on.value).min()
            let unrecorded = staff.filter { person in
                !recordedIDs.contains(person.id) && !(firstMet.flatMap { day in person.joined.map { $0 > day } } ?? false)
            }
            guard !unrecorded.isEmpty else { continue }
            for member in unknown {
                guard let meant = Suggestion.closest(to: member.id, in: unrecorded.map(\.id)) else { continue }
                let name = Excerpt.of(names[meant] ?? meant)
                diagnostics.append(.warning(Message("people_met_group_unknown_member", [
                                                "group": .text(Excerpt.of(met.group.value)), "id": .text(Excerpt.of(member.id)), "name": .text(name), "meant": .text(meant),
                                            ]), at: member.location))
            }
        }
        return diagnostics
    }
}
