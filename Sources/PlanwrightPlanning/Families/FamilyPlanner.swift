import PlanwrightModel

/// Decides what families are told, from the plan's facts, so no page ever shows internal text.
///
/// The rule: a goal is named on family pages only by its `for_families` text. A milestone is
/// shown when it has `for_families` (any kind), or when it is a pilot or rollout, the steps that
/// reach students; then only its dates and the kind of change, from what it buys (or else its
/// goal's rollouts, or else the goal):
/// devices, software, the network, or else a new way of working in class. Gates, training,
/// reviews and tasks without `for_families` are the staff's work and are not shown. Titles,
/// owners, descriptions, costs and warnings are never on a family page.
enum FamilyPlanner {
    static func plan(_ plan: Plan) -> PlannedFamilies {
        var families = PlannedFamilies()
        let languages = plan.families.languageCodes
        families.languages = languages.contains(LocalizedText.planLanguage)
            ? [LocalizedText.planLanguage] + languages.filter { $0 != LocalizedText.planLanguage } : languages
        for school in plan.schools {
            families.schools[school.id] = FamilySchool(
                name: school.localizedName, homeLanguages: school.homeLanguages, help: school.familyHelp ?? plan.families.help,
                hasStudentPage: school.grades.grades.contains { $0 >= 7 })
        }
        for goal in plan.goals {
            if let text = goal.forFamilies { families.goals[goal.id] = text }
            // A pilot tries what its goal's rollout brings: with no costs of its own, it takes theirs.
            let goalChange = change(goal.milestones.filter { $0.kind == .rollout }.flatMap(\.costs)) ?? change(goal.costs)
            for milestone in goal.milestones {
                let stage: FamilyStage? = switch milestone.kind {
                case .pilot: .trial
                case .rollout: .everyone
                default: milestone.forFamilies == nil ? nil : .step
                }
                guard let stage else { continue }
                families.milestones[milestone.id] = FamilyMilestone(forFamilies: milestone.forFamilies, stage: stage,
                                                                    change: change(milestone.costs) ?? goalChange ?? .practice)
            }
        }
        return families
    }

    /// Devices first, as what families see first at home, then software, then the network.
    private static func change(_ costs: [CostLine]) -> FamilyChange? {
        let categories = Set(costs.map(\.category))
        if categories.contains(.devices) { return .devices }
        if categories.contains(.software) { return .software }
        if categories.contains(.infrastructure) { return .network }
        return nil
    }
}
