import PlanwrightDocument
import PlanwrightPlanning

/// How the handouts word a pilot group, in the page's language: why each member was picked,
/// and where the group came from.
enum PilotWords {
    static func reason(_ reason: PilotPickReason, _ w: Wording) -> String {
        switch reason {
        case .champion: w(.pilotReasonChampion)
        case .volunteer: w(.pilotReasonVolunteer)
        case .spreadsSchools: w(.pilotReasonSpreadsSchools)
        case .spreadsComfort: w(.pilotReasonSpreadsComfort)
        case .spreadsSubjects: w(.pilotReasonSpreadsSubjects)
        }
    }

    /// A member's reasons in one phrase; a listed member was chosen by the plan's authors.
    static func why(_ member: PilotMember, source: PilotGroup.Source, _ w: Wording) -> String {
        guard source == .proposed else { return w(.pilotMemberListed) }
        // Every pick evens out comfort levels; a pick with no other reason was made for that alone.
        guard !member.reasons.isEmpty else { return w(.pilotReasonEvensComfort) }
        return member.reasons.map { reason($0, w) }.joined(separator: w(.pilotReasonSeparator))
    }

    /// Where the group came from, and what it does next.
    static func summary(_ group: PilotGroup, _ w: Wording) -> String {
        let leads = w(.pilotCoLead)
        guard group.source == .proposed, let asked = group.asked, let eligible = group.eligible else {
            return w(.pilotListed) + " " + leads
        }
        let key: WordKey = eligible < asked ? .pilotAllProposed : .pilotProposed
        return w.count(key, eligible, ["asked": w.number(asked)]) + " " + leads
    }

    static func comfort(_ value: Int?, _ w: Wording) -> String { value.map(w.number) ?? w(.pilotComfortUnrated) }
}
