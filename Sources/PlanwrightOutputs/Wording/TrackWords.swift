import PlanwrightDocument
import PlanwrightPlanning

/// A training track's name: the plan's, or for a default track (which the plan does not write)
/// the page's language's: "Getting started", "Primeros pasos" (`PlannedTrack.namePhrase`).
enum TrackWords {
    static func name(_ track: PlannedTrack, _ w: Wording) -> String { w.say(track.namePhrase) }
}
