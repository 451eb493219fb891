import PlanwrightDocument

/// A champion is trained before they lead colleagues' training. When no earlier slot has room
/// for their own group (`ChampionsFirst`), the plan has them briefed one to one by the rollout's
/// owner instead; one warning per programme and track, at the track's line, names them and says
/// what gives their own session a day first.
struct ChampionsTrainedBeforeLeading: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let instead = context.training.championsTrainedInstead
        guard !instead.isEmpty else { return [] }
        let names = Dictionary(context.plan.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let owners = Dictionary(context.plan.milestones.map { ($0.id, $0.owner) }, uniquingKeysWith: { a, _ in a })
        let groups = Dictionary(context.training.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let placed = Set(context.training.sessions.map(\.group))
        let places = TrainingPlaces(plan: context.plan)
        var order: [String] = [], byKey: [String: [ChampionTrainedInstead]] = [:]
        for champion in instead {
            let key = "\(champion.programme) \(groups[champion.group]?.track ?? "")"
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(champion)
        }
        return order.map { key in
            let champions = byKey[key]!, first = champions[0]
            let programme = context.training.programme(first.programme)
            let track = groups[first.group]?.track ?? ""
            let trackName = programme?.tracks.first { $0.id == track }?.namePhrase ?? .text(track)
            let named = champions.map { names[$0.staff] ?? $0.staff }
            let district = first.programme == TrainingProgrammes.districtID
            let owner: Message.Value = (owners[first.programme] ?? nil).map { .text($0) }
                ?? .message(district ? Message("check_champions_briefed_by_district_lead") : Message("check_champions_briefed_by_rollout_owner"))
            let meets = champions.allSatisfy { !placed.contains($0.group) } ? Message("check_champions_group_has_no_session") : Message("check_champions_group_meets_after")
            // The district-wide programme has no rollout to move: it trains in the first cycle.
            let fix = district ? Message("check_champions_fix_district")
                : Message("check_champions_fix_rollout", ["programme": .text(first.programme)])
            return .warning(Message("check_champions_lead_before_trained", count: champions.count, [
                                "named": .texts(named), "programme": programme?.namePhrase ?? .text(first.programme), "track": trackName,
                                "meets": .message(meets), "owner": owner, "fix": .message(fix),
                            ]),
                            at: places.track(track, programme: first.programme))
        }
    }
}
