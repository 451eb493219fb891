import PlanwrightDocument
import PlanwrightPlanning

/// A training track's name: the plan's, or for a default track (which the plan does not write)
/// the page's language's: "Getting started", "Primeros pasos".
enum TrackWords {
    static func name(_ track: PlannedTrack, _ w: Wording) -> String {
        if let name = track.name { return name }
        return switch track.id {
        case "getting-started": w(.trackGettingStarted)
        case "building-fluency": w(.trackBuildingFluency)
        case "leading": w(.trackLeading)
        default: track.id
        }
    }
}
