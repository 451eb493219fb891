import PlanwrightDocument
import PlanwrightModel

/// Pitfall 6 of the evaluation brief, differentiated training: a track is for the comfort levels
/// its range names, so staff outside every range are in no group rather than quietly trained at
/// a level that is not theirs (a `comfort: [3, 4]` track once listed three staff at comfort 5).
/// One warning per track they are nearest, at that track's line, where its range is widened.
struct TracksHoldEveryComfort: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let tracks = context.plan.training.tracks
        guard !context.training.outsideTracks.isEmpty, !tracks.isEmpty else { return [] }
        let staff = Dictionary(context.plan.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let outside = context.training.outsideTracks.compactMap { staff[$0] }
        var byTrack: [Int: [StaffMember]] = [:]
        for person in outside {
            byTrack[TrainingGroups.nearestTrack(to: person.comfort?.value ?? 1, in: tracks), default: []].append(person)
        }
        let training = context.plan.training.location ?? context.plan.year.location
        return byTrack.keys.sorted().map { index in
            let track = tracks[index], people = byTrack[index]!
            let levels = Set(people.map { $0.comfort?.value ?? 1 })
            let low = min(track.comfort.lowerBound, levels.min()!), high = max(track.comfort.upperBound, levels.max()!)
            let named: [Message.Value] = people.prefix(8).map { person in
                guard let comfort = person.comfort else { return .message(Message("check_track_person_unrated", ["name": .text(person.name)])) }
                return .message(Message("check_track_person_comfort", ["name": .text(person.name), "comfort": .text("\(comfort.value)")]))
            } + (people.count > 8 ? [.message(Message("check_and_more", count: people.count - 8))] : [])
            return .warning(Message("check_staff_outside_tracks", count: people.count, [
                                "named": .list(named), "track": .text(track.id), "low": .text(String(low)), "high": .text(String(high)),
                                "comforts": .texts(levels.sorted().map(String.init)),
                            ]),
                            at: track.location ?? training)
        }
    }
}
