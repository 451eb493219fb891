import PlanwrightDocument
import PlanwrightPlanning

/// How the handouts word a pilot group: why each member was picked, and where the group came
/// from. Kept together so they move into the strings files as they are.
enum PilotWords {
    static func reason(_ reason: PilotPickReason) -> String {
        switch reason {
        case .champion: "champion"
        case .volunteer: "volunteer"
        case .spreadsSchools: "spreads the group across schools"
        case .spreadsComfort: "a comfort level new to the group"
        case .spreadsSubjects: "teaches what no one else in the group does"
        }
    }

    /// A member's reasons in one phrase; a listed member was chosen by the plan's authors.
    static func why(_ member: PilotMember, source: PilotGroup.Source) -> String {
        guard source == .proposed else { return "listed in the plan" }
        // Every pick evens out comfort levels; a pick with no other reason was made for that alone.
        guard !member.reasons.isEmpty else { return "evens out the group's comfort levels" }
        return member.reasons.map(reason).joined(separator: "; ")
    }

    /// Where the group came from, and what it does next.
    static func summary(_ group: PilotGroup) -> String {
        let leads = "They co-lead the rollout's training at their schools."
        guard group.source == .proposed, let asked = group.asked, let eligible = group.eligible else {
            return "Listed in the plan. " + leads
        }
        guard eligible >= asked else {
            return "The plan asks for \(asked); only \(Plural.staff(eligible)) \(Plural.verb(eligible, "is", "are")) eligible, so all are proposed. " + leads
        }
        return "Proposed by the planner: \(asked) of \(Plural.count(eligible, "eligible member", "eligible staff")), "
            + "spread across schools, subjects and comfort levels, volunteers and champions first. " + leads
    }

    static func comfort(_ value: Int?) -> String { value.map(String.init) ?? "not rated" }
}
