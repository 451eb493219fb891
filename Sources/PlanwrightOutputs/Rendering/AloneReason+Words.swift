import PlanwrightPlanning

extension AloneReason {
    /// Why a group has one member, as the plan report and the people page say it after the count.
    func words(comfort: String) -> String {
        switch self {
        case .onlyOneInTrack: "on their own: the only one at comfort \(comfort) this training reaches"
        case .restAtOwnSchools: "on their own: the others at comfort \(comfort) train with their own schools"
        }
    }
}
