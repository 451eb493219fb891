import PlanwrightDocument
import PlanwrightPlanning

extension ChampionTrainedInstead.How {
    /// How a champion is trained when their own session cannot come before the first one they
    /// lead, as the plan report and the people page say it. `owner` is the rollout's owner, as the plan names them; nil for training with no owner (the district-wide programme).
    func words(owner: String?, _ w: Wording = .english) -> String {
        switch self {
        case .briefedByOwner: w(.championBriefedByOwner, ["owner": owner ?? w(.championBrieferUnnamed)])
        }
    }
}

extension ImprovementPlan {
    /// Who owns the milestone a training programme prepares for: who briefs its champions.
    func trainingOwner(_ programme: String) -> String? {
        milestones.first { $0.id == programme }?.owner
    }
}
