import PlanwrightModel

/// The champion matching of one school as a min-cost flow:
/// source → colleague (1) → champion (pair cost) → sink, one arc per place a champion has,
/// the k-th costing `balance` × k, so filling places in order charges exactly the balance term.
struct SchoolMatching {
    let candidates: [StaffMember]
    let colleagues: [StaffMember]
    let pins: [(champion: Int, colleague: Int)]
    let settings: ChampionSettings

    struct Solution {
        /// Colleague ids per champion (by index into `candidates`), sorted.
        var colleaguesOf: [[String]]
        var unplaced: [String]
        /// Total cost as DESIGN.md defines it, pins included.
        var cost: Int
    }

    /// What a pair's cost depends on, computed once per person: subjects as bits, grade bands as bits.
    fileprivate struct Profile {
        var subjects: UInt64
        /// A subject past the 64th of the school got no bit; then the lists are compared.
        var overflow: Bool
        var bands: UInt8
    }

    private func profiles() -> (colleagues: [Profile], candidates: [Profile]) {
        var bit: [String: UInt64] = [:]
        func profile(_ member: StaffMember) -> Profile {
            var mask: UInt64 = 0, overflow = false
            for subject in member.subjects {
                if bit[subject] == nil, bit.count < 64 { bit[subject] = 1 << UInt64(bit.count) }
                if let b = bit[subject] { mask |= b } else { overflow = true }
            }
            return Profile(subjects: mask, overflow: overflow, bands: GradeBands.of(member.grades))
        }
        return (colleagues.map(profile), candidates.map(profile))
    }

    /// The cost of pairing a colleague with a champion: the one cost rule, which the solver and
    /// its tests both use. Profiles are worked out once, so a pair costs a few bit operations.
    struct PairCosts {
        fileprivate let matching: SchoolMatching
        fileprivate let colleagues: [Profile], candidates: [Profile]

        /// Subject weight if they share no subject, plus grades weight if they share no grade
        /// band; `colleague` and `champion` are indices into the matching's colleagues and candidates.
        func callAsFunction(_ colleague: Int, _ champion: Int) -> Int {
            let a = colleagues[colleague], b = candidates[champion]
            var sharesSubject = a.subjects & b.subjects != 0
            if !sharesSubject, a.overflow || b.overflow {
                sharesSubject = !Set(matching.colleagues[colleague].subjects).isDisjoint(with: matching.candidates[champion].subjects)
            }
            return (sharesSubject ? 0 : matching.settings.subjectWeight) + (a.bands & b.bands != 0 ? 0 : matching.settings.gradesWeight)
        }
    }

    func pairCosts() -> PairCosts {
        let (colleagues, candidates) = profiles()
        return PairCosts(matching: self, colleagues: colleagues, candidates: candidates)
    }

    func solve() -> Solution {
        let cost = pairCosts()
        var colleaguesOf = [[Int]](repeating: [], count: candidates.count)
        for pin in pins { colleaguesOf[pin.champion].append(pin.colleague) }
        let pinned = Set(pins.map(\.colleague))
        let free = colleagues.indices.filter { !pinned.contains($0) }

        if !candidates.isEmpty && !free.isEmpty {
            let c = free.count, h = candidates.count
            let source = 0, sink = c + h + 1
            // Costs are scaled so a tie-break (prefer the champion first by id) never outweighs a real difference.
            let scale = (c + 1) * (h + 1)
            var flow = MinCostFlow(nodes: c + h + 2)
            var pairArcs: [(arc: Int, colleague: Int, champion: Int)] = []
            for (row, colleague) in free.enumerated() {
                flow.addEdge(from: source, to: 1 + row, capacity: 1, cost: 0)
                for champion in 0..<h {
                    let cost = cost(colleague, champion) * scale + champion
                    pairArcs.append((flow.addEdge(from: 1 + row, to: 1 + c + champion, capacity: 1, cost: cost), colleague, champion))
                }
            }
            for champion in 0..<h {
                for place in colleaguesOf[champion].count..<max(colleaguesOf[champion].count, settings.maxColleagues) {
                    flow.addEdge(from: 1 + c + champion, to: sink, capacity: 1, cost: settings.balanceWeight * place * scale)
                }
            }
            _ = flow.solve(source: source, sink: sink)
            for pair in pairArcs where flow.flow(on: pair.arc) > 0 { colleaguesOf[pair.champion].append(pair.colleague) }
        }

        let placed = Set(colleaguesOf.joined())
        var total = 0
        for (champion, assigned) in colleaguesOf.enumerated() {
            for (place, colleague) in assigned.enumerated() {
                total += cost(colleague, champion) + settings.balanceWeight * place
            }
        }
        return Solution(
            colleaguesOf: colleaguesOf.map { $0.map { colleagues[$0].id }.sorted() },
            unplaced: colleagues.indices.filter { !placed.contains($0) }.map { colleagues[$0].id },
            cost: total)
    }
}

/// Grade bands colleagues plan together in: PK-2, 3-5, 6-8, 9-12.
enum GradeBands {
    static func of(_ grades: GradeSet) -> UInt8 {
        var bands: UInt8 = 0
        for grade in grades.grades {
            switch grade {
            case ...2: bands |= 1
            case 3...5: bands |= 2
            case 6...8: bands |= 4
            default: bands |= 8
            }
        }
        return bands
    }
}
