import PlanwrightDocument
import PlanwrightModel

/// Where a training warning points: the line a leader would change for it, not the first line
/// under `training:` for every warning (a plan with three programmes and a dozen groups had all
/// its training warnings on one line). A track written under `training: tracks:` is its own
/// line; a programme is its rollout's or training milestone's line; a school's groups are the
/// school's line. The default tracks are written nowhere, so their warnings point at the
/// programme they are short in.
struct TrainingPlaces {
    private let tracks: [String: SourceLocation]
    private let milestones: [String: SourceLocation]
    private let schools: [String: SourceLocation]
    /// For what the plan writes nowhere: the district-wide programme of a plan with no rollout.
    let training: SourceLocation

    init(plan: Plan) {
        var tracks: [String: SourceLocation] = [:]
        for track in plan.training.tracks where tracks[track.id] == nil { tracks[track.id] = track.location }
        self.tracks = tracks
        milestones = Dictionary(plan.milestones.map { ($0.id, $0.location) }, uniquingKeysWith: { a, _ in a })
        schools = Dictionary(plan.schools.map { ($0.id, $0.location) }, uniquingKeysWith: { a, _ in a })
        training = plan.training.location ?? plan.year.location
    }

    /// The rollout or training milestone a programme prepares for.
    func programme(_ id: String) -> SourceLocation { milestones[id] ?? training }

    /// The track as written, or the programme it is short in.
    func track(_ id: String, programme: String) -> SourceLocation { tracks[id] ?? self.programme(programme) }

    /// A school's line, for its groups; pooled groups (no school) are the programme's.
    func school(_ id: String?, programme: String) -> SourceLocation { id.flatMap { schools[$0] } ?? self.programme(programme) }
}
