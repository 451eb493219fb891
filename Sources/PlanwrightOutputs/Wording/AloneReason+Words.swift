import PlanwrightDocument
import PlanwrightPlanning

extension AloneReason {
    /// Why a group has one member, as the plan report and the people page say it after the count.
    func words(comfort: String, _ w: Wording = .english) -> String {
        switch self {
        case .onlyOneInTrack: w(.groupAloneOnlyOneInTrack, ["comfort": comfort])
        case .restAtOwnSchools: w(.groupAloneRestAtOwnSchools, ["comfort": comfort])
        }
    }
}
