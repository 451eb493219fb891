import PlanwrightDocument

/// Checks what spans sections of a decoded plan: unique ids, references that resolve,
/// dates that fit the school calendar, and milestones that do not wait on each other in a circle.
struct PlanValidator {
    let plan: Plan
    let reader: NodeReader
    /// What the decoder could not read in full; references to it are not errors of their own.
    let incomplete: IncompleteSections
    /// The funding sources the plan's costs, support and stipends name, as decoded.
    var payers: [FundingReference] = []

    func validate() {
        let allMilestones = plan.milestones
        let tracks = plan.training.tracks.filter { $0.location != nil }
        let schools = unique(plan.schools.map(\.id), "school") { plan.schools[$0].location }.union(incomplete.ids(.schools))
        let staff = unique(plan.staff.map(\.id), "staff member") { plan.staff[$0].location }.union(incomplete.ids(.staff))
        _ = unique(plan.goals.map(\.id), "goal") { plan.goals[$0].location }
        let milestones = unique(allMilestones.map(\.id), "milestone") { allMilestones[$0].location }.union(incomplete.ids(.milestones))
        _ = unique(tracks.map(\.id), "training track") { tracks[$0].location! }
        let indicators = Set(plan.framework.indicators.map(\.id))
        let team = Set(plan.district.team.map(\.name))

        for member in plan.staff {
            // Each school of someone at several, or their one school.
            for school in member.schoolShares.isEmpty ? [member.school] : member.schoolShares.map(\.school) {
                if districtWideAmongSchools(school, of: member, schools: schools) { continue }
                resolve(school, in: schools, "staff member '\(member.id)' is at school", "school", unless: .schools)
            }
        }
        for member in plan.district.team {
            if let s = member.staff { resolve(s, in: staff, "team member '\(member.name)' is staff member", "staff member", unless: .staff) }
        }
        var rated: [String: SourceLocation] = [:]
        for rating in plan.assessment.ratings {
            resolve(rating.indicator, in: indicators, "the assessment rates", "indicator of the framework '\(plan.framework.id)'")
            rated[rating.indicator.id] = rating.indicator.location
            for rater in rating.raters { resolve(rater.rater, in: team, "a rating of '\(rating.indicator.id)' is by", "member of the planning team") }
            for school in rating.schools {
                resolve(school.school, in: schools, "a rating of '\(rating.indicator.id)' is for school", "school", unless: .schools)
            }
            // Step ids are the indicator's id and the step's number, as the planner names them.
            if let indicator = plan.framework.indicator(rating.indicator.id) {
                let steps = Set(indicator.steps.indices.map { "\(indicator.id)-\($0 + 1)" })
                for step in rating.stepsDone {
                    resolve(step, in: steps, "'steps_done' of '\(rating.indicator.id)' names", "step of that indicator (\(steps.count == 0 ? "it has none" : "\(indicator.id)-1 to \(indicator.id)-\(steps.count)"))")
                }
            }
        }
        for goal in plan.goals {
            for indicator in goal.indicators { resolve(indicator, in: indicators, "goal '\(goal.id)' serves", "indicator of the framework '\(plan.framework.id)'") }
            for school in goal.declaredScope.schoolReferences {
                resolve(school, in: schools, "goal '\(goal.id)' is for school", "school", unless: .schools)
            }
            for measure in goal.measures {
                if case let .milestone(start)? = measure.from {
                    resolve(start, in: milestones, "measure '\(Excerpt.of(measure.name))' starts with milestone", "milestone")
                }
                for school in measure.declaredScope.schoolReferences {
                    resolve(school, in: schools, "measure '\(Excerpt.of(measure.name))' is for school", "school", unless: .schools)
                }
            }
            for milestone in goal.milestones {
                for dependency in milestone.after { resolve(dependency, in: milestones, "milestone '\(milestone.id)' comes after", "milestone") }
                for participant in milestone.participants {
                    resolve(participant, in: staff, "pilot '\(milestone.id)' lists participant", "staff member", unless: .staff)
                }
                for school in milestone.declaredScope.schoolReferences {
                    resolve(school, in: schools, "milestone '\(milestone.id)' concerns school", "school", unless: .schools)
                }
            }
        }
        for entry in plan.progress where milestones.contains(entry.milestone.id) {
            reader.error(english: "'\(entry.milestone.id)' is a milestone of the plan; record its progress with 'status' on the milestone itself, not under 'progress'",
                         at: entry.milestone.location)
        }
        for pin in plan.champions.pins {
            resolve(pin.champion, in: staff, "a champion pin names", "staff member", unless: .staff)
            resolve(pin.colleague, in: staff, "a champion pin names", "staff member", unless: .staff)
        }
        for excluded in plan.champions.exclude { resolve(excluded, in: staff, "'exclude' names", "staff member", unless: .staff) }
        // Someone who missed a session and has left since is no staff member any more, but their
        // group's record (`training: groups:`) still names them: they are not paid for it.
        let recordedIn = Dictionary(plan.training.groups.map { ($0.group.value, Set($0.members.map(\.id))) }, uniquingKeysWith: { a, b in a.union(b) })
        for held in plan.training.held {
            let group = recordedIn[String(held.session.value.prefix { $0 != "/" })] ?? []
            for absent in held.absent where !group.contains(absent.id) { resolve(absent, in: staff, "'absent' names", "staff member", unless: .staff) }
        }
        checkTracks()
        checkOwners()
        checkBudget(schools: schools)
        for span in plan.year.closed + plan.year.testing {
            for school in span.schoolReferences {
                resolve(school, in: schools, "\(span.name.map { "'\($0)'" } ?? "the closed day on \(span.from)") is for school", "school", unless: .schools)
            }
        }
        CalendarValidator(year: plan.year, reader: reader).validate(milestones: allMilestones)
        checkCircularDependencies(allMilestones)
    }

    /// Reports ids used twice, at the second use; returns the set of ids.
    func unique(_ ids: [String], _ noun: String, at location: (Int) -> SourceLocation) -> Set<String> {
        // Positions, not locations: locations are built only for the rare duplicate.
        var first: [String: Int] = [:]
        first.reserveCapacity(ids.count)
        // Places read again through an alias, in order, and how often: told once each.
        var repeats: [(id: String, place: SourceLocation)] = [], times: [SourceLocation: Int] = [:]
        for (position, id) in ids.enumerated() {
            if let earlier = first[id] {
                let earlierLocation = location(earlier), laterLocation = location(position)
                if laterLocation == earlierLocation {
                    if times[earlierLocation] == nil { repeats.append((id, earlierLocation)) }
                    times[earlierLocation, default: 0] += 1
                    continue
                }
                reader.error(english: "two \(noun)s have the id '\(Excerpt.of(id))'; the first is at line \(earlierLocation.line); each needs its own id",
                             at: laterLocation, notes: [.note(english: "the first \(noun) '\(Excerpt.of(id))'", at: earlierLocation)])
            } else {
                first[id] = position
            }
        }
        for (id, place) in repeats { repeated(id, noun, at: place, times: times[place] ?? 1) }
        return Set(first.keys)
    }

    /// An entry read more than once from one place: an alias (`*name`) repeats it, ids and all.
    /// "The first is at line 447", said at line 447, sent a leader looking for a second entry
    /// written nowhere; the alias that repeats it is where to look. Told once, at the first alias,
    /// however many repeat it (`times`).
    private func repeated(_ id: String, _ noun: String, at place: SourceLocation, times: Int) {
        guard let alias = reader.aliases(repeating: place).first else {
            reader.error(english: "the \(noun) '\(Excerpt.of(id))' is read more than once from line \(place.line); each needs its own id", at: place)
            return
        }
        let more = times > 1 ? " (and \(Plural.count(times - 1, "more alias", "more aliases")) likewise)" : ""
        reader.error(english: "the alias '*\(Excerpt.of(alias.name))' repeats the \(noun) '\(Excerpt.of(id))' of line \(place.line), id and all\(more); each needs its own id: write the second one out with an id of its own",
                     at: alias.location, notes: [.note(english: "the \(noun) '\(Excerpt.of(id))' it repeats", at: place)])
    }

    func resolve(_ reference: Reference, in known: Set<String>, _ lead: String, _ noun: String,
                         unless missing: IncompleteSections.Section? = nil) {
        guard !known.contains(reference.id) else { return }
        if let missing, incomplete.missing.contains(missing) { return }
        reader.error(english: "\(lead) '\(Excerpt.of(reference.id))', but there is no such \(noun)\(Suggestion.didYouMean(reference.id, in: known))",
                     at: reference.location)
    }

    /// Each comfort level belongs to at most one track, so each person lands in exactly one.
    private func checkTracks() {
        var owner: [Int: String] = [:]
        for track in plan.training.tracks {
            for level in track.comfort {
                if let other = owner[level], let location = track.location {
                    reader.error(english: "comfort \(level) is in both training tracks '\(other)' and '\(track.id)'; each level belongs to one track", at: location)
                } else {
                    owner[level] = track.id
                }
            }
        }
    }

    private func checkCircularDependencies(_ milestones: [Milestone]) {
        let edges = Dictionary(milestones.map { ($0.id, $0.after) }, uniquingKeysWith: { a, _ in a })
        for cycle in DependencyCycles.find(order: milestones.map(\.id), edges: edges) {
            let message = cycle.ids.count == 1
                ? "milestone '\(cycle.ids[0])' comes after itself, so it can never start"
                : "milestones wait for each other in a circle: \(cycle.description); none of them can ever start"
            reader.error(english: message, at: cycle.closing.location)
        }
    }
}
