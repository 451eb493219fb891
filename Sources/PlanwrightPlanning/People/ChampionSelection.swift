import PlanwrightModel

/// Which of a school's candidates become its champions, and which stay reserves.
///
/// A champion is paid a stipend and co-facilitates training, so a school gets as many as its
/// colleagues need: with `max_colleagues` places each, ⌈colleagues ÷ max_colleagues⌉ (at least
/// one). Volunteers fill that need; staff marked `champion: yes` were appointed by the district
/// and are all kept; `max_per_school`, when the plan sets it, caps everyone. Candidates are taken
/// in tiers: those a pin names (the plan asked for that pair), then `champion: yes`, then
/// volunteers. Within a tier that does not fit, the best-placed go first: greedily, the one that
/// most lowers what the matcher will pay (`SchoolMatching.PairCosts`: no shared subject, no
/// shared grade band) for the colleagues not yet well served, counting only as many colleagues
/// as one champion can take; so a school's math and science teachers, or its K-2 and 3-5 bands,
/// get a champion of their own before a second one for the same people. Ties go to the higher
/// comfort, then the lower id, so the choice is the same every run.
struct ChampionSelection {
    let candidates: [StaffMember]
    let colleagues: [StaffMember]
    /// Ids of candidates a pin pairs with a colleague at this school.
    let pinned: Set<String>
    let settings: ChampionSettings

    struct Result {
        /// The chosen, sorted by id, as the matcher expects.
        var champions: [StaffMember]
        var reserves: [(member: StaffMember, reason: ChampionReserve.Reason)]
    }

    /// How many champions the colleagues need: enough places for each of them, and one at least.
    var need: Int { max(1, (colleagues.count + settings.maxColleagues - 1) / settings.maxColleagues) }

    func choose() -> Result {
        let cap = settings.maxPerSchool ?? Int.max
        let tiers: [(members: [StaffMember], limit: Int)] = [
            (candidates.filter { pinned.contains($0.id) }, cap),
            (candidates.filter { !pinned.contains($0.id) && $0.champion == .yes }, cap),
            (candidates.filter { !pinned.contains($0.id) && $0.champion != .yes }, min(cap, need)),
        ]
        var chosen: [Int] = [], reserves: [(member: StaffMember, reason: ChampionReserve.Reason)] = []
        var scorer: Scorer?
        for tier in tiers {
            let room = max(0, tier.limit - chosen.count)
            let indices = tier.members.map { member in candidates.firstIndex { $0.id == member.id }! }
            if indices.count <= room { chosen += indices; continue }
            if scorer == nil { scorer = Scorer(selection: self, chosen: chosen) }
            let picked = scorer!.pick(room, from: indices)
            chosen += picked
            let reason: ChampionReserve.Reason = tier.limit == cap ? .schoolCap : .notNeeded
            let taken = Set(picked)
            reserves += indices.filter { !taken.contains($0) }.map { (candidates[$0], reason) }
        }
        return Result(champions: chosen.sorted { candidates[$0].id < candidates[$1].id }.map { candidates[$0] },
                      reserves: reserves.sorted { $0.member.id < $1.member.id })
    }

    /// The greedy choice, with what each colleague would pay with the champions chosen so far.
    private struct Scorer {
        let cost: SchoolMatching.PairCosts
        let places: Int
        let comfort: [Int]
        let ids: [String]
        /// Per colleague: the least pair cost among the chosen; with none, the worst a pair costs.
        var best: [Int]

        init(selection: ChampionSelection, chosen: [Int]) {
            let matching = SchoolMatching(candidates: selection.candidates, colleagues: selection.colleagues, pins: [], settings: selection.settings)
            cost = matching.pairCosts()
            places = selection.settings.maxColleagues
            comfort = selection.candidates.map { $0.comfort?.value ?? 0 }
            ids = selection.candidates.map(\.id)
            best = [Int](repeating: selection.settings.subjectWeight + selection.settings.gradesWeight, count: selection.colleagues.count)
            for champion in chosen { serve(champion) }
        }

        /// What choosing `champion` saves, over the `places` colleagues it helps most.
        func gain(_ champion: Int) -> Int {
            let savings = best.indices.map { max(0, best[$0] - cost($0, champion)) }.filter { $0 > 0 }
            return savings.count <= places ? savings.reduce(0, +) : savings.sorted(by: >).prefix(places).reduce(0, +)
        }

        mutating func serve(_ champion: Int) {
            for colleague in best.indices { best[colleague] = min(best[colleague], cost(colleague, champion)) }
        }

        /// `count` of `indices`, one at a time, each the best-placed given those before it.
        /// A candidate's gain only falls as others are chosen, so a gain worked out earlier is a
        /// bound: the candidate on top is recomputed, and taken once it still beats every
        /// other's bound (lazy greedy: the same choice, without rescoring everyone each round).
        mutating func pick(_ count: Int, from indices: [Int]) -> [Int] {
            var bound = Dictionary(uniqueKeysWithValues: indices.map { ($0, gain($0)) })
            var fresh = Set(indices), picked: [Int] = []
            func before(_ a: Int, _ b: Int) -> Bool {
                (bound[a]!, comfort[a], ids[b]) > (bound[b]!, comfort[b], ids[a])
            }
            while picked.count < count, !bound.isEmpty {
                let top = bound.keys.min(by: before)!
                if !fresh.contains(top) {
                    bound[top] = gain(top)
                    fresh.insert(top)
                    if let rival = bound.keys.filter({ $0 != top }).min(by: before), before(rival, top) { continue }
                }
                picked.append(top)
                bound[top] = nil
                serve(top)
                fresh.removeAll()
            }
            return picked
        }
    }
}
