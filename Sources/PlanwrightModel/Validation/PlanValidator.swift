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
        let schools = unique(plan.schools.map(\.id), .school) { plan.schools[$0].location }.union(incomplete.ids(.schools))
        let staff = unique(plan.staff.map(\.id), .staffMember) { plan.staff[$0].location }.union(incomplete.ids(.staff))
        _ = unique(plan.goals.map(\.id), .goal) { plan.goals[$0].location }
        let milestones = unique(allMilestones.map(\.id), .milestone) { allMilestones[$0].location }.union(incomplete.ids(.milestones))
        _ = unique(tracks.map(\.id), .trainingTrack) { tracks[$0].location! }
        let indicators = Set(plan.framework.indicators.map(\.id))
        let team = Set(plan.district.team.map(\.name))

        for member in plan.staff {
            // Each school of someone at several, or their one school.
            for school in member.schoolShares.isEmpty ? [member.school] : member.schoolShares.map(\.school) {
                if districtWideAmongSchools(school, of: member, schools: schools) { continue }
                resolve(school, in: schools, Message("validate_lead_staff_member_at_school", ["member": .text(member.id)]), IdentifiedEntry.school.noun(), unless: .schools)
            }
        }
        for member in plan.district.team {
            if let s = member.staff { resolve(s, in: staff, Message("validate_lead_team_member_is_staff", ["name": .text(member.name)]), IdentifiedEntry.staffMember.noun(), unless: .staff) }
        }
        var rated: [String: SourceLocation] = [:]
        for rating in plan.assessment.ratings {
            resolve(rating.indicator, in: indicators, Message("validate_lead_assessment_rates"), frameworkIndicator)
            rated[rating.indicator.id] = rating.indicator.location
            for rater in rating.raters { resolve(rater.rater, in: team, Message("validate_lead_rating_by", ["indicator": .text(rating.indicator.id)]), Message("validate_noun_team_member")) }
            for school in rating.schools {
                resolve(school.school, in: schools, Message("validate_lead_rating_for_school", ["indicator": .text(rating.indicator.id)]), IdentifiedEntry.school.noun(),
                        unless: .schools)
            }
            // Step ids are the indicator's id and the step's number, as the planner names them.
            if let indicator = plan.framework.indicator(rating.indicator.id) {
                let steps = Set(indicator.steps.indices.map { "\(indicator.id)-\($0 + 1)" })
                for step in rating.stepsDone {
                    resolve(step, in: steps, Message("validate_lead_steps_done_names", ["indicator": .text(rating.indicator.id)]), stepNoun(of: indicator.id, count: steps.count))
                }
            }
        }
        for goal in plan.goals {
            for indicator in goal.indicators { resolve(indicator, in: indicators, Message("validate_lead_goal_serves", ["goal": .text(goal.id)]), frameworkIndicator) }
            for school in goal.declaredScope.schoolReferences {
                resolve(school, in: schools, Message("validate_lead_goal_for_school", ["goal": .text(goal.id)]), IdentifiedEntry.school.noun(), unless: .schools)
            }
            for measure in goal.measures {
                if case let .milestone(start)? = measure.from {
                    resolve(start, in: milestones, Message("validate_lead_measure_starts_with", ["measure": .text(Excerpt.of(measure.name))]), IdentifiedEntry.milestone.noun())
                }
                for school in measure.declaredScope.schoolReferences {
                    resolve(school, in: schools, Message("validate_lead_measure_for_school", ["measure": .text(Excerpt.of(measure.name))]), IdentifiedEntry.school.noun(), unless: .schools)
                }
            }
            for milestone in goal.milestones {
                for dependency in milestone.after { resolve(dependency, in: milestones, Message("validate_lead_milestone_after", ["milestone": .text(milestone.id)]), IdentifiedEntry.milestone.noun()) }
                for participant in milestone.participants {
                    resolve(participant, in: staff, Message("validate_lead_pilot_participant", ["milestone": .text(milestone.id)]), IdentifiedEntry.staffMember.noun(), unless: .staff)
                }
                for school in milestone.declaredScope.schoolReferences {
                    resolve(school, in: schools, Message("validate_lead_milestone_for_school", ["milestone": .text(milestone.id)]), IdentifiedEntry.school.noun(), unless: .schools)
                }
            }
        }
        for entry in plan.progress where milestones.contains(entry.milestone.id) {
            reader.error(Message("validate_progress_of_plan_milestone", ["milestone": .text(entry.milestone.id)]),
                         at: entry.milestone.location)
        }
        for pin in plan.champions.pins {
            resolve(pin.champion, in: staff, Message("validate_lead_champion_pin"), IdentifiedEntry.staffMember.noun(), unless: .staff)
            resolve(pin.colleague, in: staff, Message("validate_lead_champion_pin"), IdentifiedEntry.staffMember.noun(), unless: .staff)
        }
        for excluded in plan.champions.exclude { resolve(excluded, in: staff, Message("validate_lead_exclude"), IdentifiedEntry.staffMember.noun(), unless: .staff) }
        // Someone who missed a session and has left since is no staff member any more, but their
        // group's record (`training: groups:`) still names them: they are not paid for it.
        let recordedIn = Dictionary(plan.training.groups.map { ($0.group.value, Set($0.members.map(\.id))) }, uniquingKeysWith: { a, b in a.union(b) })
        for held in plan.training.held {
            let group = recordedIn[String(held.session.value.prefix { $0 != "/" })] ?? []
            for absent in held.absent where !group.contains(absent.id) { resolve(absent, in: staff, Message("validate_lead_absent"), IdentifiedEntry.staffMember.noun(), unless: .staff) }
        }
        checkTracks()
        checkOwners()
        checkBudget(schools: schools)
        checkTools(schools: schools)
        for span in plan.year.closed + plan.year.testing {
            for school in span.schoolReferences {
                resolve(school, in: schools, Message("validate_lead_span_for_school", ["span": .message(span.name.map { Message("validate_span_named", ["name": .text($0)]) }
                            ?? Message("validate_span_closed_on", ["date": .text("\(span.from)")]))]), IdentifiedEntry.school.noun(), unless: .schools)
            }
        }
        CalendarValidator(year: plan.year, reader: reader).validate(milestones: allMilestones)
        checkCircularDependencies(allMilestones)
    }

    /// Reports ids used twice, at the second use; returns the set of ids.
    /// `kind` is what the ids name, for the messages.
    func unique(_ ids: [String], _ kind: IdentifiedEntry, at location: (Int) -> SourceLocation) -> Set<String> {
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
                reader.error(Message("validate_duplicate_id", ["nouns": .message(kind.noun(count: 2)), "id": .text(Excerpt.of(id)), "line": .text("\(earlierLocation.line)")]),
                             at: laterLocation, notes: [.note(Message("validate_duplicate_id_first", ["noun": .message(kind.noun()), "id": .text(Excerpt.of(id))]), at: earlierLocation)])
            } else {
                first[id] = position
            }
        }
        for (id, place) in repeats { repeated(id, kind, at: place, times: times[place] ?? 1) }
        return Set(first.keys)
    }

    /// An entry read more than once from one place: an alias (`*name`) repeats it, ids and all.
    /// "The first is at line 447", said at line 447, sent a leader looking for a second entry
    /// written nowhere; the alias that repeats it is where to look. Told once, at the first alias,
    /// however many repeat it (`times`).
    private func repeated(_ id: String, _ kind: IdentifiedEntry, at place: SourceLocation, times: Int) {
        guard let alias = reader.aliases(repeating: place).first else {
            reader.error(Message("validate_read_more_than_once", ["noun": .message(kind.noun()), "id": .text(Excerpt.of(id)), "line": .text("\(place.line)")]), at: place)
            return
        }
        let more: Message.Value = times > 1 ? .message(Message("validate_more_aliases", count: times - 1)) : .text("")
        reader.error(Message("validate_alias_repeats_id", ["alias": .text(Excerpt.of(alias.name)), "noun": .message(kind.noun()), "id": .text(Excerpt.of(id)),
                                                          "line": .text("\(place.line)"), "more": more]),
                     at: alias.location, notes: [.note(Message("validate_alias_repeats_id_note", ["noun": .message(kind.noun()), "id": .text(Excerpt.of(id))]), at: place)])
    }

    /// `lead` says what names the reference ("goal 'lms' serves"), `noun` what it should name ("school").
    func resolve(_ reference: Reference, in known: Set<String>, _ lead: @autoclosure () -> Message, _ noun: @autoclosure () -> Message,
                 unless missing: IncompleteSections.Section? = nil) {
        guard !known.contains(reference.id) else { return }
        if let missing, incomplete.missing.contains(missing) { return }
        reader.error(Message("validate_no_such", ["lead": .message(lead()), "id": .text(Excerpt.of(reference.id)), "noun": .message(noun()),
                                                  "hint": ValidationWords.didYouMean(reference.id, in: known)]),
                     at: reference.location)
    }

    /// Each comfort level belongs to at most one track, so each person lands in exactly one.
    private func checkTracks() {
        var owner: [Int: String] = [:]
        for track in plan.training.tracks {
            for level in track.comfort {
                if let other = owner[level], let location = track.location {
                    reader.error(Message("validate_comfort_in_two_tracks", ["level": .number(level), "first": .text(other), "second": .text(track.id)]), at: location)
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
                ? Message("validate_milestone_after_itself", ["milestone": .text(cycle.ids[0])])
                : Message("validate_milestones_in_circle", ["cycle": .text(cycle.description)])
            reader.error(message, at: cycle.closing.location)
        }
    }
}
